/** 简体中文 / English: the pane's language, which is also the language templates are inserted in. */
import { Radio, RadioGroup, makeStyles, useId, Label, tokens } from "@fluentui/react-components";
import type { Dispatch } from "react";
import { LANGS, type Lang } from "../templates";
import { htmlLang } from "./language";
import { LANGUAGE_NAMES } from "./texts";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

export function LanguagePicker({ lang, label, onChange }: { lang: Lang; label: string; onChange: Dispatch<Lang> }) {
  const styles = useStyles();
  const labelId = useId("language-label");
  return (
    <div className={styles.root}>
      <Label id={labelId}>{label}</Label>
      <RadioGroup
        layout="horizontal"
        value={lang}
        aria-labelledby={labelId}
        onChange={(_, data) => onChange(data.value as Lang)}
      >
        {LANGS.map((l) => (
          // Each name in its own language, and marked so, so a screen reader pronounces it right.
          <Radio key={l} value={l} label={<span lang={htmlLang(l)}>{LANGUAGE_NAMES[l]}</span>} />
        ))}
      </RadioGroup>
    </div>
  );
}
