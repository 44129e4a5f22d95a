/**
 * A result or error under the button that caused it. Fluent's MessageBar announces its text to screen
 * readers when it appears (politely for success, assertively for errors), so a keyboard user who
 * pressed Insert hears the outcome without moving focus.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";

const useStyles = makeStyles({
  lines: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, listStyleType: "disc" },
  body: { overflowWrap: "anywhere" },
});

export interface MessageProps {
  readonly intent: "success" | "warning" | "error";
  readonly title: string;
  readonly lines: readonly string[];
  readonly dismissLabel: string;
  readonly onDismiss: () => void;
  readonly testId?: string;
}

export function Message({ intent, title, lines, dismissLabel, onDismiss, testId }: MessageProps) {
  const styles = useStyles();
  const [first, ...rest] = lines;
  return (
    <MessageBar intent={intent} layout="multiline" data-testid={testId}>
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{title}</MessageBarTitle>
        {first}
        {rest.length ? (
          <ul className={styles.lines}>
            {rest.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : null}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" size="small" onClick={onDismiss}>
          {dismissLabel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
