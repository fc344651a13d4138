/** Where the SMS sends people to confirm: the verification page of this deployment. */
export function verificationPageUrl(publicUrl: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/verify`;
}

/** The verification SMS: the code, how long it stays good, and where to enter it (with what). */
export function smsText(code: string, hoursLeft: number, publicUrl: string): string {
  const page = verificationPageUrl(publicUrl);
  return `【APP备案】您的备案申请需要短信核验，验证码 ${code}，${hoursLeft}小时内有效。请访问 ${page} 输入手机号、验证码和证件号码后六位完成核验。Your APP filing verification code is ${code}, valid for ${hoursLeft} hours: enter it with your phone number and the last six characters of your certificate number at ${page}`;
}

/** The code in a message `smsText` wrote (for the demo seed and tests, which read what was sent). */
export function codeInSmsText(text: string): string | undefined {
  return /验证码 (\d{6})/.exec(text)?.[1];
}
