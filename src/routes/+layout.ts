// The whole site is static: every route is rendered to HTML at build time.
export const prerender = true;
