/** How long a claim's SMS code stays good. Wrong codes, resend interval and sends per day follow the SMS settings. */
export const claimCodeMinutes = 15;

/** The SMS to the filed main person: the code, what it links, and not to pass it on. */
export function claimSmsText(input: { code: string; subjectName: string; filingNumber: string }): string {
  return (
    `【APP备案】验证码：${input.code}。有账号申请关联${input.subjectName}（${input.filingNumber}）的备案，以便办理变更、注销等业务；${claimCodeMinutes}分钟内有效。` +
    `如非本主体授权，请勿将验证码告知他人。Code ${input.code} links an account to the filing ${input.filingNumber}; valid ${claimCodeMinutes} minutes. Do not share it unless you authorised this.`
  );
}

/** The code in a message claimSmsText wrote (tests read what was sent). */
export function codeInClaimSmsText(text: string): string | undefined {
  return /验证码：(\d{6})/.exec(text)?.[1];
}

/** The notice to the main person once an account is linked. */
export function claimLinkedText(input: { subjectName: string; filingNumber: string }): string {
  return (
    `【APP备案】${input.subjectName}（${input.filingNumber}）的备案已关联一个新的主办者账号。如非本主体授权，请联系当地通信管理局。` +
    `An account was linked to the filing ${input.filingNumber}. If you did not authorise this, contact the provincial bureau.`
  );
}
