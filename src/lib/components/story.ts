// The chunk a narrow timeline (a phone, a blog's sidebar) needs, and no wide one: the story read top to
// bottom, and its styles, which the timeline adopts into its root when the chunk arrives.
export { default as TimelineStory } from './Timeline.Story.svelte';
export { default as css } from './story.css?inline';
