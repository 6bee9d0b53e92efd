/**
 * Lines that speak to the reader, in the text: unlinked "read also" pointers, newsletter pitches,
 * comment counters, share prompts, news-on-a-channel pitches, blocked-embed notices, and German,
 * French and Spanish author boxes. Strings after how German, Brazilian, Spanish, French, Russian,
 * Arabic, Chinese, Indonesian and English outlets print them; near-misses are story sentences that
 * open with the same words.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { isReaderPrompt } from '../../../src/extract/reader-prompts.js';

describe('isReaderPrompt', () => {
  it.each([
    'Lesen Sie auch: Solarpflicht für Neubauten kommt 2027',
    'Lesen Sie auch:',
    'Mehr zum Thema – Energiewende im Norden',
    'Leia também: Juros do financiamento imobiliário caem pela terceira vez',
    'Veja também | Governo anuncia novo programa',
    'Lea también: El Gobierno aprueba ayudas para los agricultores',
    'También te puede interesar: Los embalses, al 30%',
    'Lire aussi : Hôpital, la crise des urgences en cinq chiffres',
    'À lire aussi',
    'Leggi anche: Siccità, i laghi del Nord ai minimi',
    'Czytaj także: Rząd przyjął projekt ustawy',
    'Читайте также: В области откроют три новых детских сада',
    'اقرأ أيضا: ارتفاع الإصابات بالإنفلونزا الموسمية في المدارس',
    '相关阅读：地铁三号线延长段年内开通',
    '延伸閱讀：颱風明天登陸',
    'Baca juga: Jalan tol baru dibuka menjelang libur Lebaran',
    '» Lesen Sie auch: Wie teuer wird der Strom?',
    'Abonnieren Sie unseren kostenlosen Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten.',
    "Inscrivez-vous à notre newsletter pour recevoir chaque matin l'essentiel de l'actualité.",
    'Suscríbete a nuestra newsletter y recibe cada mañana las noticias más importantes del día.',
    'Assine a newsletter e receba as principais notícias na sua caixa de entrada.',
    'Подпишитесь на нашу рассылку, чтобы не пропустить главное.',
    'Comments (12)',
    '12 Kommentare',
    'Join the conversation',
    'Diskutieren Sie mit',
    'Deja tu comentario',
    'Share this article on Facebook, Twitter or WhatsApp',
    'Artikel teilen',
    'Compartilhe essa notícia',
    'Partager cet article',
    'Поделиться',
    'Receba as notícias do Jornal no seu WhatsApp',
    'Get the latest news alerts on our app',
    'Sigue toda la información de Diario en Facebook y Twitter, o en nuestra newsletter semanal.',
    'Читайте нас в Дзене и подписывайтесь на Telegram-канал.',
    'Empfohlener redaktioneller Inhalt',
    'An dieser Stelle finden Sie einen externen Inhalt von X, der den Artikel ergänzt. Sie können ihn sich mit einem Klick anzeigen lassen.',
    'This content is hosted by a third party. To view it, please accept social media cookies in your privacy settings.',
    'Manage settings',
    'Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.',
    'Lesetipp: Wo in Deutschland die meisten Windräder stehen',
    'Weiterlesen: Wie teuer wird der Strom im nächsten Jahr?',
    'Ver también: Los pantanos del sur, bajo mínimos',
    '【関連記事】物価高、家計を直撃',
    '点击阅读：地铁三号线延长段年内开通',
    'Réagissez à cet article',
    'Artikel anhören',
    'Écouter cet article',
    'Riproduzione riservata ©',
    'RELATED: The trees that cool our cities best',
    'WATCH: Bus drivers explain the timetable changes',
    'MORE: Why bus routes are disappearing',
    'Noticia relacionada: Los pantanos del sur, bajo mínimos',
    'Matéria relacionada: Juros caem pela terceira vez',
    'Approfondisci: Maltempo, allerta rossa in tre regioni',
    'Xem thêm: Mưa lớn gây ngập úng tại nhiều tỉnh miền Tây',
    'İlgili Haber: Dolar güne yükselişle başladı',
    'Lees ook: Huizenprijzen stijgen opnieuw',
  ])('is a prompt: %s', (line) => {
    expect(isReaderPrompt(line)).toBe(true);
  });

  it.each([
    'Lesen Sie auch das Kleingedruckte, rät die Verbraucherzentrale allen, die online einen Handyvertrag abschließen wollen.',
    'Read more books, the minister urged parents on Tuesday.',
    'Lea también la letra pequeña, aconsejan las asociaciones de consumidores.',
    'Saiba mais sobre o programa no site do ministério, disse a secretária.',
    'The newsletter, which has 40,000 subscribers, will close at the end of the month.',
    'Der Newsletter des Vereins wird künftig nur noch digital verschickt, teilte der Vorstand mit.',
    'Comments by the minister angered opposition members, who walked out of the chamber.',
    'Kommentare im Netz hatten die Debatte zusätzlich angeheizt, sagte die Sprecherin.',
    'Share prices fell sharply on Tuesday after the company cut its forecast.',
    'Sigue siendo un misterio por qué Facebook y Twitter tardaron tanto en reaccionar.',
    'The regulator said websites must let users reject third-party cookies as easily as they accept them.',
    'Get out and vote, the campaign urged supporters on its app.',
    'Читайте внимательно договор, советуют юристы.',
    'Weiterlesen wollte er nicht, sagte der Schüler der Lehrerin.',
    'Ver también es un verbo que usamos mucho, explicó la profesora.',
    'More than 200 people attended the meeting, which ran late into the evening.',
    'Watch this space, the minister told reporters as she left the building.',
    'Related cases in three other states are still before the courts.',
    'More — much more — needs to be done, the minister said.',
    'Watch - and wait: that was the advice from the coastguard.',
  ])('is the story’s: %s', (line) => {
    expect(isReaderPrompt(line)).toBe(false);
  });
});

const PS = [
  'Die Landesregierung will den Ausbau der Windenergie deutlich beschleunigen und dafür die Genehmigungsverfahren vereinfachen.',
  'Künftig sollen Anträge für neue Anlagen innerhalb von sechs Monaten entschieden werden, bisher dauerte das mehr als zwei Jahre.',
  'Naturschutzverbände kritisierten die Pläne und warnten davor, dass der Schutz bedrohter Vogelarten unter die Räder geraten könnte.',
];
const page = (inner: string): string =>
  `<html lang="de"><head><title>Windkraft schneller | Landespost</title></head><body><main><article><h1>Windkraft schneller</h1><div class="article-text">${inner}</div></article></main></body></html>`;
const ps = (xs: string[]): string => xs.map((t) => `<p>${t}</p>`).join('');

describe('prompts in a page’s text', () => {
  it.each([
    ['an unlinked read-also line', `<p><b>Lesen Sie auch:</b> Solarpflicht für Neubauten kommt</p>`],
    [
      'a blocked embed',
      '<div class="embed"><p>Empfohlener redaktioneller Inhalt</p><p>An dieser Stelle finden Sie einen externen Inhalt von X.</p><button>Inhalt anzeigen</button></div>',
    ],
    [
      'a newsletter pitch',
      '<p><em>Abonnieren Sie unseren Newsletter: die wichtigsten Nachrichten jeden Morgen in Ihrem Postfach.</em></p>',
    ],
    [
      'a German author box',
      '<div class="autor-box"><p><strong>Jana Brockmann</strong> ist Redakteurin im Ressort Politik. Sie schreibt über Landespolitik.</p></div>',
    ],
    ['an inbox pitch', '<p>Get the news you need to start your day, free in your inbox.</p>'],
    ['a scroll prompt', '<p>Scroll to continue with content</p>'],
    ['a subscribers-only label', '<p>Dieser Artikel ist nur für Abonnenten verfügbar.</p>'],
    ['a tip line', '<p>Have a story tip? Email us at news@ledger.example.com</p>'],
  ])('leaves out %s', (_name, prompt) => {
    const a = extractArticle(page(ps(PS.slice(0, 2)) + prompt + ps(PS.slice(2))), 'https://www.landespost.example.de/politik/wind');
    expect(a.body).toBe(PS.join('\n\n'));
  });
});
