/**
 * The task pane for now: a title and the list of SLA functions. No Office.js here; the language
 * comes in as a prop (read by index.tsx), so this renders the same in Excel and in a plain browser.
 */
import {
  Badge,
  Body1,
  Caption1,
  Card,
  FluentProvider,
  makeStyles,
  Subtitle1,
  Text,
  Title2,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { FUNCTIONS, syntaxOf, type FunctionDoc, type Language } from "./functionList";
import { UI_TEXT } from "./language";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  titleRow: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  example: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    overflowWrap: "anywhere",
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

function FunctionCard({ fn, lang }: { fn: FunctionDoc; lang: Language }) {
  const styles = useStyles();
  const result = fn.example.result?.[lang];
  return (
    <li>
      <Card size="small" aria-label={fn.id}>
        <div className={styles.titleRow}>
          <Text weight="semibold" className={styles.code}>
            {syntaxOf(fn)}
          </Text>
          {fn.planned ? (
            <Badge appearance="tint" color="informative" size="small">
              {UI_TEXT.planned[lang]}
            </Badge>
          ) : null}
        </div>
        <Body1>{fn.description[lang]}</Body1>
        <Caption1 className={styles.muted}>
          {UI_TEXT.returns[lang]}: {fn.returns[lang]}
        </Caption1>
        <div className={styles.example}>
          <Caption1 className={styles.muted}>{UI_TEXT.example[lang]}: </Caption1>
          {fn.example.formula}
          {result !== undefined ? ` → ${result}` : null}
        </div>
      </Card>
    </li>
  );
}

export function App({ lang }: { lang: Language }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang={lang === "zh" ? "zh-CN" : "en"}>
      <main className={styles.page}>
        <header className={styles.header}>
          <Title2 as="h1" block>
            {UI_TEXT.title[lang]}
          </Title2>
          <Body1 block className={styles.muted}>
            {UI_TEXT.tagline[lang]}
          </Body1>
        </header>
        <section aria-labelledby="sla-functions-heading">
          <Subtitle1 as="h2" block id="sla-functions-heading">
            {UI_TEXT.functionsHeading[lang]}
          </Subtitle1>
          <Body1 as="p" block>
            {UI_TEXT.functionsIntro[lang]}
          </Body1>
          <ul className={styles.list} aria-label={UI_TEXT.listLabel[lang]}>
            {FUNCTIONS.map((fn) => (
              <FunctionCard key={fn.id} fn={fn} lang={lang} />
            ))}
          </ul>
        </section>
      </main>
    </FluentProvider>
  );
}
