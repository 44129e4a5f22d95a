/**
 * The task pane: title and language, then two pages in tabs (home, functions). It gets the host
 * (an ExcelRun, or null outside Excel) from index.tsx and touches no Office.js itself: every read and
 * write goes through src/excel.
 */
import {
  FluentProvider,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { saveLanguage } from "../excel";
import type { Lang } from "../templates";
import { describeFailure, failureText, type Failure } from "./failures";
import { FunctionsPage } from "./FunctionsPage";
import { Header } from "./Header";
import { HomePage } from "./HomePage";
import { htmlLang } from "./language";
import type { Host } from "./officeHost";
import { TEXTS } from "./texts";

type Page = "home" | "functions";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minHeight: "100vh",
    boxSizing: "border-box",
    maxWidth: "720px",
    // Spacing comes from the flex gaps of the page and the cards; the browser's heading and paragraph
    // margins would double it.
    "& h1": { margin: 0 },
    "& h2": { margin: 0 },
    "& h3": { margin: 0 },
    "& p": { margin: 0 },
  },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
});

/**
 * Chinese text in the fonts made for it (Microsoft YaHei in Office on Windows, PingFang on the Mac),
 * named before the generic fallback: left to fallback, a browser may pick a Japanese font, whose
 * forms of the same characters differ.
 */
const CHINESE_FONTS = `"Segoe UI", "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", sans-serif`;

const THEMES: Readonly<Record<Lang, Theme>> = {
  en: webLightTheme,
  zh: { ...webLightTheme, fontFamilyBase: CHINESE_FONTS },
};

export function App({ host, initialLang }: { host: Host; initialLang: Lang }) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [page, setPage] = useState<Page>("home");
  const [languageFailure, setLanguageFailure] = useState<Failure | null>(null);
  // Saves run one after another: two quick changes would otherwise both find no saved name and both add it.
  const saving = useRef<Promise<void>>(Promise.resolve());
  const t = TEXTS[lang];

  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
    document.title = t.appTitle;
  }, [lang, t]);

  const chooseLanguage = useCallback(
    (next: Lang) => {
      setLang(next);
      setLanguageFailure(null);
      const run = host.run;
      if (!run) return; // a preview: nowhere to keep it
      saving.current = saving.current.then(() =>
        saveLanguage(next, run).catch((error: unknown) => {
          console.error(error);
          setLanguageFailure(describeFailure(error));
        }),
      );
    },
    [host.run],
  );

  const ids = useMemo(() => ({ home: "sla-tab-home", functions: "sla-tab-functions" }), []);
  const panel = (which: Page) => ({
    role: "tabpanel",
    id: `${ids[which]}-panel`,
    "aria-labelledby": ids[which],
    // Both pages stay mounted, so the switch and the latest messages survive a change of tab.
    hidden: page !== which,
  });

  return (
    <FluentProvider theme={THEMES[lang]} lang={htmlLang(lang)}>
      <main className={styles.page}>
        <Header
          t={t}
          lang={lang}
          onLanguage={chooseLanguage}
          inExcel={host.run !== null}
          languageProblem={languageFailure ? t.languageNotSaved(failureText(languageFailure, t, lang)) : null}
        />
        <TabList
          className={styles.tabs}
          selectedValue={page}
          onTabSelect={(_, data) => setPage(data.value as Page)}
          aria-label={t.pagesLabel}
        >
          <Tab value="home" id={ids.home} aria-controls={`${ids.home}-panel`}>
            {t.tabHome}
          </Tab>
          <Tab value="functions" id={ids.functions} aria-controls={`${ids.functions}-panel`}>
            {t.tabFunctions}
          </Tab>
        </TabList>
        <section {...panel("home")}>
          <HomePage lang={lang} t={t} run={host.run} />
        </section>
        <section {...panel("functions")}>
          <FunctionsPage lang={lang} t={t} run={host.run} />
        </section>
      </main>
    </FluentProvider>
  );
}
