import { defineMessages, useMessages } from '../../i18n/messages.ts';

const messages = defineMessages({
  zh: { title: '页面不存在', back: '返回首页' },
  en: { title: 'Page not found', back: 'Back to the start page' },
});

export default function NotFoundPage() {
  const t = useMessages(messages);
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t.title}</h1>
      <p>
        <a href="/">{t.back}</a>
      </p>
    </section>
  );
}
