/**
 * Traditional characters that occur in service agreements, mapped to simplified ones, one character
 * each (seed 003 and agreements from Hong Kong and Taiwan are written in them). Pairs are listed as
 * two strings of equal length: the n-th traditional character becomes the n-th simplified one.
 */
const TRADITIONAL =
  "時鐘鍾點週個項處級優與於為達標準滿計數過遲訴無權則額費務罰減單條錯誤漏發現報記錄線區間內長兩萬億" +
  "質應務後門體來還這對設備維護勢態監測評價據資訊響應時準確問題決經驗戶滿讓類負責實際績效" +
  "額扣觀當總項違規處罰嚴誤議協輕補償賠並們從覺結為開關際業產運營網絡雲災復復雜數據備份" +
  "區域驗證審覈覆蓋聯繫調動態導致種況僅視貨訂單線圖顯達成異議條款違約損獎勵罰則標註說明" +
  "於低於髙級別較佔預計劃專屬屆歸類選項極端額度稱號" +
  "頭範電統節執話術緊紀請將層壞舊獲擊傳貼紅黃綠緒撥聽語禮儀壓積輸規範鐘頭處續" +
  "該錶選擇療屬員滯礙啟車輛維護";
const SIMPLIFIED =
  "时钟钟点周个项处级优与于为达标准满计数过迟诉无权则额费务罚减单条错误漏发现报记录线区间内长两万亿" +
  "质应务后门体来还这对设备维护势态监测评价据资讯响应时准确问题决经验户满让类负责实际绩效" +
  "额扣观当总项违规处罚严误议协轻补偿赔并们从觉结为开关际业产运营网络云灾复复杂数据备份" +
  "区域验证审核覆盖联系调动态导致种况仅视货订单线图显达成异议条款违约损奖励罚则标注说明" +
  "于低于高级别较占预计划专属届归类选项极端额度称号" +
  "头范电统节执话术紧纪请将层坏旧获击传贴红黄绿绪拨听语礼仪压积输规范钟头处续" +
  "该表选择疗属员滞碍启车辆维护";

const map = new Map<number, number>();
for (let i = 0; i < TRADITIONAL.length; i++) {
  const t = TRADITIONAL.charCodeAt(i);
  const s = SIMPLIFIED.charCodeAt(i);
  if (t !== s) map.set(t, s);
}

/** The simplified form of one character code (itself when it has none). */
export function simplified(c: number): number {
  return map.get(c) ?? c;
}
