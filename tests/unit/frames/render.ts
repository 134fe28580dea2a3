/**
 * A frame as readable text, for snapshot tests in the manner of Observable Plot's: what is on screen,
 * mark by mark, so that a change in layout shows up as a diff a reviewer can read.
 */
import type { Frame } from '../../../src/lib/core/engine/frame';
import type { Model } from '../../../src/lib/core/engine/model';
import { formatInstant } from '../../../src/lib/core/time/instants';

const n = (value: number) => value.toFixed(1).padStart(7);

export function frameText(title: string, model: Model, frame: Frame): string {
  const { transform } = frame;
  const lines = [
    `${title} · ${model.locale} · ${frame.width} px · ${model.geometry.lanes} lanes · k ${transform.k.toFixed(3)} x ${transform.x.toFixed(1)} · level ${frame.level.toFixed(3)}${frame.clustering ? ' · clustering' : ' · deepest'}`,
    `zoom in ${frame.zoom.canZoomIn ? 'yes' : 'no'} · out ${frame.zoom.canZoomOut ? 'yes' : 'no'} · fitted ${frame.zoom.fitted ? 'yes' : 'no'}`,
    `shows ${formatInstant(frame.span.start, 'en')} → ${formatInstant(frame.span.end - 1, 'en')}; overview window ${n(frame.window.x0)} → ${n(frame.window.x1)}`,
    '',
    'axis'
  ];
  for (const s of frame.segments) lines.push(`  segment ${n(s.x0)} → ${n(s.x1)}`);
  for (const b of frame.breaks) lines.push(`  break   ${n(b.x0)} → ${n(b.x1)}  ${b.label}`);
  for (const t of frame.ticks) lines.push(`  tick    ${n(t.x)}  ${t.label} (${t.precision})`);
  for (const e of frame.episodes) {
    lines.push(
      `  episode ${n(e.x0)} → ${n(e.x1)}  "${e.label}"${e.label === e.title ? '' : ` of "${e.title}"`}`
    );
  }
  lines.push('', `marks (${frame.marks.length})`);
  for (const m of frame.marks) {
    const at = m.kind === 'event' ? n(m.sx) : `${n(m.sx)}–${m.sx2.toFixed(1)}`;
    const label =
      m.lane < 0
        ? 'dot only'
        : `${m.side === 'left' ? '← ' : ''}"${m.label}" ${m.labelWidth.toFixed(0)}${m.truncated ? `/${m.fullWidth.toFixed(0)} cut` : ''}`;
    const lane = m.lane < 0 ? 'rail  ' : `lane ${m.lane}`;
    const importance = ['minor', 'major', 'HEADLINE'][m.priority];
    lines.push(
      `  ${lane} ${m.kind.padEnd(7)} ${at}  ${label}  (${importance})${m.focusable ? '  [tab]' : ''}`
    );
    lines.push(`         ‹${m.name}›`);
  }
  lines.push('', `bars (${frame.bars.length})`);
  for (const b of frame.bars) lines.push(`  row ${b.row} ${b.kind.padEnd(9)} ${n(b.sx)} → ${n(b.sx2)}`);
  return `${lines.join('\n')}\n`;
}
