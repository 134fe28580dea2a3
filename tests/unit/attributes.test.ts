/**
 * The element's attributes, parsed: only a length reaches CSS, only a URL reaches fetch.
 */
import { describe, expect, it, vi } from 'vitest';
import { cssHeight, resolveSrc } from '../../src/embed/attributes';

describe('the height attribute', () => {
  it.each([
    ['480', '480px'],
    [' 320.5 ', '320.5px'],
    ['30rem', '30rem'],
    ['60vh', '60vh'],
    ['100%', '100%'],
    ['.5em', '.5em'],
    ['12PX', '12PX'],
    [null, '480px'],
    ['', '480px']
  ])('takes %j as %s', (value, height) => {
    const warn = vi.fn();
    expect(cssHeight(value, warn)).toBe(height);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    '1px;background:url(//evil.invalid/h.png)',
    '480px; position: fixed',
    'calc(100vh - 1px)',
    'var(--x)',
    '-10px',
    '10 px',
    'expression(alert(1))',
    '480px !important',
    'url(x)',
    '1e3px'
  ])('ignores %j, keeping 480px, and warns naming it', (value) => {
    const warn = vi.fn();
    expect(cssHeight(value, warn)).toBe('480px');
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toContain(`height=${JSON.stringify(value)} is ignored`);
  });
});

describe('the src attribute', () => {
  it('resolves against the page, or is null when it is no URL', () => {
    expect(resolveSrc('data/t.json', 'https://blog.example/post/')).toBe(
      'https://blog.example/post/data/t.json'
    );
    expect(resolveSrc('https://x.example/t.json')).toBe('https://x.example/t.json');
    expect(resolveSrc('http://', 'https://blog.example/')).toBeNull();
    expect(resolveSrc('data/t.json')).toBeNull();
  });
});
