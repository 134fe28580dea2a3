/**
 * Typed context: the container provides its state, the marks read it. Keyless, so two timelines on one
 * page can never read each other's state.
 */
import { createContext } from 'svelte';
import type { TimelineState } from './timeline.svelte.js';

export const [getTimelineContext, setTimelineContext] = createContext<TimelineState>();
