// Tell Arabic from Persian, and Farsi from Dari, with the evidence for the decision.
// Run: npm run examples -- detect-language
import { detectLanguage } from 'muqabala';

const samples = [
  'قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل.',
  'وزیر امور خارجه گفت که گفت‌وگوها هفته آینده از سر گرفته می‌شود.',
  'والی ولایت بلخ گفت که این پروژه در ماه جدی تکمیل خواهد شد.',
  'The minister said talks would resume next week.',
];
for (const text of samples) {
  const d = detectLanguage(text);
  console.log(`${d.tag.padEnd(8)} confidence ${d.confidence.toFixed(2)}  ${d.evidence.join('; ')}\n         ${text}`);
}
