import readme from '../../../README.md?raw';
import { markdown, section } from '../../site/markdown';
import type { PageServerLoad } from './$types';

// The README's own section, rendered at build time: the instructions are written in one place, and a
// blogger whose embed says "CORS" follows its link here, to the site that serves the embed.
export const load: PageServerLoad = () => ({
  html: markdown(section(readme, 'Hosting the embed').replace(/^### /, '# '))
});

// /hosting/ with its slash, the address the element links to.
export const trailingSlash = 'always';
