// The chunk a reader who opens an event needs, and no one else: the drawer, the details a card shows on
// a narrow screen, and their styles, which the timeline adopts into its root when the chunk arrives.
export { default as DetailPanel } from './DetailPanel.svelte';
export { default as EventDetails } from './EventDetails.svelte';
export { default as css } from './details.css?inline';
