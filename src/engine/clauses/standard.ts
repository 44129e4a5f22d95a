/**
 * A rule that names its own standard, without points: "货损率:基准值0.5%", "“满意”率以90%为基数",
 * "保洁工具完好率在80%以上". It is the standard when the standard cell is empty, and must agree with
 * it otherwise.
 */
import type { Cursor } from "../text";
import { end } from "./read";
import type { ClauseKind, Read } from "./types";

export const standardStatement: ClauseKind = {
  name: "standard",
  meaning: {
    en: "the rule names its standard (used when the standard cell is empty)",
    zh: "规则写明标准值（标准单元格为空时使用）",
  },
  kinds: ["standard"],
  read(c: Cursor) {
    const start = c.pos;
    // "以90%为标准": the value between 以 and 为.
    if (c.labelBefore(["以"]) !== null && c.word(["以"])) {
      const at = c.quantity();
      if (at && c.word(["得", "为"]) !== null && c.word(["标准"]))
        return end(c, { kind: "standard", comparator: null, at } as Read);
    }
    c.pos = start;
    // "货损率:基准值0.5%" (not "每高于目标值0.5%", a step whose points come after a comma).
    const label = c.labelBefore(["标准"]);
    if (label !== null && !/[每<>≤≥]/.test(label) && c.word(["标准"])) {
      c.word([":", "得", "为"]);
      const comparator = c.comparator();
      const at = c.quantity();
      if (at) return end(c, { kind: "standard", comparator, at } as Read);
    }
    c.pos = start;
    // "保洁工具完好率在80%以上": a comparison and nothing it gives.
    c.skipLabel();
    const before = c.comparator();
    const at = c.quantity();
    const after = c.comparatorSuffix();
    if (at && (before || after) && !(before && after))
      return end(c, { kind: "standard", comparator: before ?? after, at } as Read);
    return null;
  },
  examples: [
    { rule: "准时率：基准值95%，每超1%加1分，每低1%扣2分，最低0分", standard: "", actual: 0.97, expected: 102 },
    {
      rule: "“满意”率以90%为基数，每超过一个百分点加1分，每低于一个百分点扣1分",
      standard: "",
      actual: 0.855,
      full: 25,
      expected: 20.5,
    },
    { rule: "保洁工具完好率在80%以上，月末检查，每低1%扣1分", standard: "", actual: 0.76, full: 15, expected: 11 },
  ],
};
