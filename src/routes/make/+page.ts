// A static page: everything it does happens in the reader's browser.
export const trailingSlash = 'always';
