import { describe, expect, it } from 'vitest';
import { useCertificationApp } from './http-fixtures.ts';

const fixture = useCertificationApp('certification-free-text');

const errorsOf = (response: { json: () => unknown }) =>
  (response.json() as { errors: { field: string; rule: string }[] }).errors.map(({ field, rule }) => ({ field, rule }));

// A note the edge used to accept: certification showed it revoked while every consumer dead-lettered the event.
describe('free text at the certification edge: refused before anything is committed', () => {
  it('a revocation note with NUL → 400 naming body.note; the certificate stays valid', async () => {
    const no = await fixture().issueTo('钱二');
    const revoked = await fixture().command(no, 'revoke', { reason: 'fraud', note: '弄虚作假\u0000' });
    expect(revoked.statusCode).toBe(400);
    expect(errorsOf(revoked)).toEqual([{ field: 'body.note', rule: 'control_character' }]);
    expect((await fixture().verify(no, '钱二')).json()).toMatchObject({ result: 'valid' });
  });

  it('a suspension note with a lone surrogate or a bidi isolate → 400 naming the rule', async () => {
    const no = await fixture().issueTo('周九');
    expect(errorsOf(await fixture().command(no, 'suspend', { note: '暂停\ud800' }))).toEqual([
      { field: 'body.note', rule: 'lone_surrogate' },
    ]);
    expect(errorsOf(await fixture().command(no, 'suspend', { note: '\u2067暂停' }))).toEqual([
      { field: 'body.note', rule: 'bidi_control' },
    ]);
    const multiLine = await fixture().command(no, 'suspend', { note: '核查中\n\t待复核' });
    expect(multiLine.statusCode, multiLine.body).toBe(200);
  });

  it('a holder name with NUL is refused at verification too (400 naming body.name)', async () => {
    const answer = await fixture().verify('Y000051009999253999999', '李四\u0000');
    expect(errorsOf(answer)).toEqual([{ field: 'body.name', rule: 'control_character' }]);
  });
});
