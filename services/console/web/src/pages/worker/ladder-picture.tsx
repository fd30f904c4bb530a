import { useEffect, useRef, useState } from 'preact/hooks';
import { useMessages } from '../../i18n/messages.ts';
import { type Lane, layOutLadder } from './ladder-layout.ts';
import { LadderMarker } from './ladder-marker.tsx';
import type { LadderAnswer } from './ladder-types.ts';
import { basisNames, medalNames, workerMessages } from './worker-messages.ts';
import './ladder-picture.css';

const shortLabel = (label: string): string => label.split('/')[0] ?? label;

/** The container's width, followed as it changes, so the picture's text keeps its size on a phone. */
function useWidth(): [{ current: HTMLDivElement | null }, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const observer = new ResizeObserver(([entry]) =>
      setWidth(Math.max(280, Math.floor(entry?.contentRect.width ?? 800))),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

function LaneDrawing({ lane, width }: { lane: Lane; width: number }) {
  const basis = useMessages(basisNames);
  const counted = lane.steps.filter((s) => !s.dropped).sort((a, b) => a.x - b.x);
  return (
    <g class="lane" data-occupation={lane.occupationCode}>
      <line class="lane-rule" x1={0} x2={width} y1={lane.top + 0.5} y2={lane.top + 0.5} />
      <text class="lane-name" x={4} y={lane.top + 16}>
        {lane.name}
      </text>
      {counted.length > 1 ? (
        <polyline
          class="stair"
          points={counted
            .flatMap((s, i) => [...(i === 0 ? [] : [`${s.x},${(counted[i - 1] as typeof s).y}`]), `${s.x},${s.y}`])
            .join(' ')}
        />
      ) : null}
      {lane.steps.map((placed) => (
        <g
          class="step"
          key={`${placed.step.level}-${placed.step.date}`}
          data-level={placed.step.level}
          data-dropped={placed.dropped}
        >
          <title>{`${placed.step.label} · ${placed.step.date} · ${basis[placed.step.basis]} · ${placed.step.certificateNo ?? placed.step.reference}`}</title>
          <LadderMarker basis={placed.step.basis} x={placed.x} y={placed.y} hollow={placed.dropped} />
          <text class="step-label" x={placed.x} y={placed.y - 11} text-anchor="middle">
            {shortLabel(placed.step.label)}
          </text>
        </g>
      ))}
    </g>
  );
}

/**
 * The ladder drawn (docs/domain.md §1): a lane per occupation with each step at its date and rung,
 * shaped by its source, a dropped step hollow; honours and medals below; the as-of date a dashed line.
 */
export function LadderPicture({ ladder, span }: { ladder: LadderAnswer; span: { from: string; to: string } }) {
  const t = useMessages(workerMessages);
  const medals = useMessages(medalNames);
  const basis = useMessages(basisNames);
  const [ref, width] = useWidth();
  const picture = layOutLadder(ladder, span, width, (m) => medals[m as keyof typeof medals] ?? m);
  const steps = picture.lanes.reduce((n, lane) => n + lane.steps.length, 0);
  return (
    <figure class="ladder-figure" ref={ref}>
      <svg
        class="ladder-picture"
        role="img"
        aria-labelledby="ladder-picture-title"
        width={picture.width}
        height={picture.height}
        viewBox={`0 0 ${picture.width} ${picture.height}`}
      >
        <title id="ladder-picture-title">{t.pictureLabel(ladder.asOf, steps)}</title>
        {picture.lanes.map((lane) => (
          <LaneDrawing key={lane.occupationCode} lane={lane} width={picture.width} />
        ))}
        <text class="lane-name" x={4} y={picture.marksTop + 14}>
          {t.honoursAndMedals}
        </text>
        {picture.marks.map((mark) => (
          <g class="mark" key={`${mark.kind}-${mark.label}-${mark.date}`}>
            <title>{`${mark.label} · ${mark.date}`}</title>
            <LadderMarker basis={mark.kind} x={mark.x} y={picture.marksTop + 28} hollow={false} />
          </g>
        ))}
        {picture.ticks.map((tick) => (
          <g key={tick.year} class="tick">
            <line x1={tick.x} x2={tick.x} y1={0} y2={picture.height - 18} />
            {tick.labelled ? (
              <text x={tick.x} y={picture.height - 4} text-anchor="middle">
                {tick.year}
              </text>
            ) : null}
          </g>
        ))}
        <line class="as-of-line" x1={picture.asOfX} x2={picture.asOfX} y1={0} y2={picture.height - 18} />
      </svg>
      <figcaption class="ladder-legend">
        <span class="visually-hidden">{t.legendTitle}</span>
        {(
          [
            'exam',
            'competition',
            'appointment',
            'direct-recognition',
            'legacy',
            'apprenticeship',
            'honour',
            'medal',
          ] as const
        ).map((kind) => (
          <span key={kind} class="legend-item">
            <svg width={18} height={18} viewBox="-9 -9 18 18" aria-hidden="true">
              <LadderMarker basis={kind} x={0} y={0} hollow={false} />
            </svg>
            {basis[kind]}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
