import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';

export type Lang = 'zh' | 'en';
const STORAGE_KEY = 'tianfu.lang';

const initialLang = (): Lang => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh');

interface LangState {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
}

const LangContext = createContext<LangState>({ lang: 'zh', setLang: () => undefined });

/** Chinese first; the choice of English is remembered on this device and sets the document's lang. */
export function LangProvider({ children }: { children: ComponentChildren }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, lang);
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  return <LangContext.Provider value={{ lang, setLang }}>{children}</LangContext.Provider>;
}

export const useLang = (): LangState => useContext(LangContext);
