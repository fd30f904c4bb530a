/** The shape of a source: circle an exam, diamond a competition, square an appointment, triangle the rest. */
export function LadderMarker({ basis, x, y, hollow }: { basis: string; x: number; y: number; hollow: boolean }) {
  const className = `marker marker-${basis}${hollow ? ' marker-dropped' : ''}`;
  const r = 7;
  switch (basis) {
    case 'exam':
      return <circle class={className} cx={x} cy={y} r={r} />;
    case 'competition':
    case 'medal':
      return (
        <polygon class={className} points={`${x},${y - r - 1} ${x + r + 1},${y} ${x},${y + r + 1} ${x - r - 1},${y}`} />
      );
    case 'appointment':
      return <rect class={className} x={x - r} y={y - r} width={2 * r} height={2 * r} />;
    case 'honour':
      return <polygon class={className} points={star(x, y, r + 2)} />;
    default:
      return <polygon class={className} points={`${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`} />;
  }
}

const star = (x: number, y: number, r: number): string =>
  Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r / 2.2;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    return `${(x + radius * Math.cos(angle)).toFixed(1)},${(y + radius * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');
