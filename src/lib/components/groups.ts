// The chunk only data with groups needs (a TimelineJS sheet's `Group`): the list of the groups beside
// the toolbar, and its styles, which the timeline adopts into its root when the chunk arrives.
export { default as TimelineGroups } from './Timeline.Groups.svelte';
export { default as css } from './groups.css?inline';
