import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { CompletionOutcome } from './completion-outcome.tsx';
import type { Enrollee } from './training-api.ts';

const trainee = (id: string, name: string | null, outcome: Enrollee['outcome']): Enrollee => ({
  enrolmentId: id,
  workerId: `w-${id}`,
  name,
  maskedIdNumber: '5101**********001X',
  targetGroups: ['rural-migrant'],
  voucherId: null,
  attendedHours: outcome?.attendedHours ?? 0,
  sittings: [],
  outcome,
});

describe('who completed and who did not, once completion has judged the class (docs/domain.md §7.4)', () => {
  it('given a completer with a certificate and a trainee short of the share, then each is listed under its outcome', () => {
    const html = renderToString(
      h(CompletionOutcome, {
        trainees: [
          trainee('e1', '张三', { completed: true, attendedHours: 8, certificateNo: 'PX-2025-0001' }),
          trainee('e2', '李四', { completed: false, attendedHours: 2, certificateNo: null }),
        ],
      }),
    );
    const [completed = '', notCompleted = ''] = html.split('未达结业要求的学员');
    expect(completed).toContain('结业学员（1）');
    expect(completed).toContain('张三 5101**********001X — 培训合格证书 PX-2025-0001');
    expect(completed).not.toContain('李四');
    expect(notCompleted).toContain('（1）');
    expect(notCompleted).toContain('李四');
  });

  it('given an erased trainee, then the list says so instead of a name', () => {
    const html = renderToString(
      h(CompletionOutcome, {
        trainees: [trainee('e3', null, { completed: true, attendedHours: 8, certificateNo: null })],
      }),
    );
    expect(html).toContain('（已删除）');
  });
});
