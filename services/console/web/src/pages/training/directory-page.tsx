import { useMessages } from '../../i18n/messages.ts';
import { directoryMessages } from './directory-messages.ts';
import { DirectorySearch } from './directory-search.tsx';
import { directoryPage } from './training-api.ts';

/** 培训机构目录 (docs/domain.md §7.1): the public list of listed providers, no sign-in needed. */
export default function DirectoryPage() {
  const t = useMessages(directoryMessages);
  return (
    <section aria-labelledby="directory-title">
      <h1 id="directory-title">{t.title}</h1>
      <p>{t.lead}</p>
      <DirectorySearch
        linkTo={(providerId) => `/training/directory/${encodeURIComponent(providerId)}`}
        pageOf={directoryPage}
      />
    </section>
  );
}
