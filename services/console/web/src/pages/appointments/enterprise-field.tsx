import { useEffect, useState } from 'preact/hooks';
import { api, ok } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { Field } from '../../ui/field.tsx';
import { appointmentsMessages } from './appointments-messages.ts';

interface Enterprise {
  readonly bodyId: string;
  readonly name: string;
}

/** The enterprises that may appoint: employer-kind bodies (备案号 Y…) of the public directory. */
export function useEnterprises(): readonly Enterprise[] {
  const [enterprises, setEnterprises] = useState<readonly Enterprise[]>([]);
  useEffect(() => {
    ok(api.assessment.GET('/v1/directory/bodies', {})).then(
      (answer) => setEnterprises(answer.items.filter((body) => body.kind === 'Y')),
      () => setEnterprises([]),
    );
  }, []);
  return enterprises;
}

/**
 * The appointing enterprise: an employer's own, fixed by its token; picked from the directory by
 * the talent office, with '' for none (or, in a filter, any).
 */
export function EnterpriseField(props: {
  ownBodyId: string | undefined;
  enterprises: readonly Enterprise[];
  value: string;
  onValue: (bodyId: string) => void;
  noneLabel: string;
  hint?: string;
  error?: string | undefined;
}) {
  const t = useMessages(appointmentsMessages);
  return (
    <Field label={t.enterprise} hint={props.hint} error={props.error}>
      {(control) =>
        props.ownBodyId === undefined ? (
          <select {...control} value={props.value} onChange={(event) => props.onValue(event.currentTarget.value)}>
            <option value="">{props.noneLabel}</option>
            {props.enterprises.map((e) => (
              <option key={e.bodyId} value={e.bodyId}>
                {`${e.name}（${e.bodyId}）`}
              </option>
            ))}
          </select>
        ) : (
          <input {...control} value={t.ownEnterprise(props.ownBodyId)} readOnly />
        )
      }
    </Field>
  );
}
