import { useEffect, useState } from 'preact/hooks';
import { api, ok } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { adminMessages } from './admin-messages.ts';
import { FileOccupationForm } from './file-occupation-form.tsx';
import { ReasonAction } from './reason-action.tsx';

type Body = Awaited<ReturnType<typeof loadBody>>;
const loadBody = (bodyId: string) => ok(api.assessment.GET('/v1/bodies/{bodyId}', { params: { path: { bodyId } } }));

function Filings({ body, reload }: { body: Body; reload: () => void }) {
  const t = useMessages(adminMessages);
  if (body.filings.length === 0) return <p>{t.noFilings}</p>;
  const withdraw = (occupationCode: string) => async (reason: string) => {
    const path = { bodyId: body.bodyId, occupationCode };
    await ok(
      api.assessment.POST('/v1/bodies/{bodyId}/occupations/{occupationCode}/withdraw', {
        params: { path },
        body: { reason },
      }),
    );
    reload();
  };
  return (
    <ul class="card-list">
      {body.filings.map((filing) => (
        <li class="card" key={filing.occupationCode}>
          <p>
            <strong>{filing.occupationCode}</strong> {t.standardVersion} {filing.standardVersion} ·{' '}
            {filing.levels.map((level) => t.level(Number(level.slice(-1)))).join('、')}
          </p>
          <p>
            {t.filedAt} {filing.filedAt.slice(0, 10)}
          </p>
          <ReasonAction action={t.withdraw} danger run={withdraw(filing.occupationCode)} />
        </li>
      ))}
    </ul>
  );
}

/** One evaluation body: its record, supervision (suspend, reinstate) and its filings. */
export default function BodyPage({ bodyId }: { bodyId: string }) {
  const t = useMessages(adminMessages);
  const [body, setBody] = useState<Body | null>(null);
  const [refusal, setRefusal] = useState<unknown>(null);
  const reload = () => loadBody(bodyId).then(setBody, setRefusal);
  useEffect(() => void reload(), [bodyId]);
  const supervise = (action: 'suspend' | 'reinstate') => async (reason: string) => {
    const path = { bodyId };
    const call = action === 'suspend' ? '/v1/bodies/{bodyId}/suspend' : '/v1/bodies/{bodyId}/reinstate';
    setBody(await ok(api.assessment.POST(call, { params: { path }, body: { reason } })));
  };
  return (
    <section aria-labelledby="body-title">
      <p>
        <a href="/admin/bodies">{t.back}</a>
      </p>
      <h1 id="body-title">{body?.name ?? bodyId}</h1>
      <ProblemNotice error={refusal} />
      {body === null ? null : (
        <>
          <dl>
            <dt>{t.bodyId}</dt>
            <dd>{body.bodyId}</dd>
            <dt>{t.filingNo}</dt>
            <dd>{body.filingNo}</dd>
            <dt>{t.creditCode}</dt>
            <dd>{body.creditCode}</dd>
            <dt>{t.category}</dt>
            <dd>{t[body.category]}</dd>
            <dt>{t.region}</dt>
            <dd>{body.regionCode}</dd>
            <dt>{t.status}</dt>
            <dd>
              <span class={`badge ${body.status === 'active' ? 'badge-ok' : 'badge-bad'}`}>{t[body.status]}</span>
              {body.statusReason ? ` ${t.statusReason}：${body.statusReason}` : null}
            </dd>
          </dl>
          {body.status === 'active' ? (
            <ReasonAction action={t.suspend} danger run={supervise('suspend')} />
          ) : (
            <ReasonAction action={t.reinstate} run={supervise('reinstate')} />
          )}
          <h2>{t.filings}</h2>
          <Filings body={body} reload={() => void reload()} />
          <FileOccupationForm bodyId={bodyId} onFiled={() => void reload()} />
        </>
      )}
    </section>
  );
}
