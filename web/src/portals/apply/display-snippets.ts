/** Characters that would break out of an HTML attribute or text, or an XML/Swift/JS string. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function escapeString(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/** Copy-ready code that shows a filing number linked to its public page: web footer, Android, iOS, mini-program. */
export function displaySnippets(number: string, url: string): Array<{ key: 'html' | 'android' | 'ios' | 'miniProgram'; text: string }> {
  const n = escapeHtml(number);
  const u = escapeHtml(url);
  return [
    {
      key: 'html',
      text: `<footer style="text-align:center;font-size:12px">\n  <a href="${u}" target="_blank" rel="noopener">${n}</a>\n</footer>`,
    },
    {
      key: 'android',
      text:
        `<!-- res/layout: the number, linked to its public page -->\n<TextView\n    android:id="@+id/beian_number"\n    android:layout_width="wrap_content"\n    android:layout_height="wrap_content"\n    android:textSize="12sp" />\n\n` +
        `// Kotlin\nval beian = findViewById<TextView>(R.id.beian_number)\nbeian.text = HtmlCompat.fromHtml("<a href=\\"${escapeString(u)}\\">${escapeString(n)}</a>", HtmlCompat.FROM_HTML_MODE_LEGACY)\nbeian.movementMethod = LinkMovementMethod.getInstance()`,
    },
    {
      key: 'ios',
      text: `// SwiftUI\nLink("${escapeString(number)}", destination: URL(string: "${escapeString(url)}")!)\n    .font(.footnote)`,
    },
    {
      key: 'miniProgram',
      text: `<!-- WXML: mini-programs cannot open outside links; the number is shown as text and may be copied -->\n<view class="beian">\n  <text user-select>${n}</text>\n</view>\n<!-- ${u} -->`,
    },
  ];
}
