/**
 * Lines in the text that speak to the reader rather than tell the story, in the languages of the
 * wire and its customers: an unlinked "read also" pointer to another story ("Lesen Sie auch: …",
 * "Leia também: …", "Читайте также: …", "相关阅读：…", "Baca juga: …": the link is often a script
 * or a block around the line), a sign-up pitch for the newsletter, a comment counter, a share
 * prompt, and the notice that stands in for a blocked embed ("Empfohlener redaktioneller Inhalt",
 * "This content is hosted by a third party"). Each is tested on blocks under 250 characters; a
 * story's own sentence that starts with the same words has no label separator ("Lesen Sie auch
 * das Kleingedruckte, rät …", "Read more books, the minister urged") or does not address the reader.
 */

/**
 * Labels of a pointer to another story (English ones are in FURNITURE_LINE), followed by a
 * separator and the other story's title, or standing alone.
 */
/**
 * English labels (alone they are FURNITURE_LINE's), followed by a colon or a bar and a title: a
 * dash opens English prose too ("More — much more — needs to be done").
 */
const READ_ALSO_EN = [
  'related(?: (?:stories|articles?|news|coverage|content|reading|links?))?',
  'more(?: (?:on this|stories|news))?',
  'watch',
  'see also',
  'further reading',
  'recommended(?: reading)?',
  "don't miss",
].join('|');

const READ_ALSO_LABEL = [
  'noticias? relacionadas?',
  'art[ií]culos? relacionados?',
  'temas? relacionados?',
  'not[ií]cias? relacionadas?',
  'mat[ée]rias? relacionadas?',
  'approfondisci',
  'per approfondire',
  'vedi anche',
  'xem thêm',
  'đọc thêm',
  'tin liên quan',
  '[iİ]lg[iİ]l[iİ] haber(?:ler)?',
  'lees (?:ook|meer)',
  'lesen sie (?:auch|mehr|hier)',
  'lesetipps?',
  'weiterlesen',
  'mehr dazu',
  'auch lesen',
  'auch interessant',
  'das könnte sie auch interessieren',
  'mehr zum thema',
  'leia (?:também|mais)',
  'veja (?:também|mais)',
  'saiba mais',
  'lea (?:también|más)',
  've[ra] (?:también|más)',
  'mira también',
  'confira (?:também|mais)',
  'lee (?:también|más)',
  '(?:también )?(?:te|le) puede interesar',
  'à lire aussi',
  'a lire aussi',
  'lire aussi',
  '(?:à )?voir aussi',
  'leggi anche',
  'czytaj (?:także|też|również|więcej)',
  'zobacz (?:także|też|również)',
  'читайте (?:также|ещё|еще)',
  'смотрите также',
  'اقرأ (?:أيضا|أيضاً|أيضًا|ايضا|المزيد)',
  'شاهد أيضا',
  '相关阅读',
  '延伸阅读',
  '推荐阅读',
  '相关新闻',
  '点击阅读',
  '查看更多',
  '相關閱讀',
  '延伸閱讀',
  '相關新聞',
  '関連記事',
  '관련기사',
  'baca juga',
  'simak juga',
  'lihat juga',
  'ayrıca (?:okuyun|bakınız)',
  'यह भी पढ़ें',
  'بیشتر بخوانید',
  'یہ بھی پڑھیں',
].join('|');

/** A label with a separator (":", "|", a dash, an arrow) and a title, or the label alone. */
const READ_ALSO_LINE = new RegExp(`^[\\s>»›▶►→■•*【\\[-]*(?:${READ_ALSO_LABEL})\\s*(?:[:：|>»›→–—】\\]-]+\\s*\\S.*|[:：.…】\\]]*)$`, 'iu');
const READ_ALSO_EN_LINE = new RegExp(`^[\\s>»›▶►→■•*]*(?:${READ_ALSO_EN})\\s*[:|]\\s*\\S.*$`, 'i');

/**
 * A newsletter sign-up pitch: an imperative to sign up opening the line ("Abonnieren Sie unseren
 * Newsletter …", "Inscrivez-vous à notre newsletter …", "Suscríbete a nuestra newsletter …",
 * "Подпишитесь на нашу рассылку") with the newsletter or the inbox named. English pitches are in
 * PITCH_LINE. "The newsletter has 40,000 subscribers" is no imperative.
 */
const SIGN_UP =
  /^(?:abonnieren sie|melden sie sich|registrieren sie sich|bestellen sie|inscrivez-vous|abonnez-vous|suscríbete|suscríbase|suscribite|regístrate|assine|inscreva-se|cadastre-se|iscriviti|abbonati|schrijf je in|meld je aan|abonneer je|zapisz się|подпишитесь|подписывайтесь)(?![\p{L}])/iu;
const NEWSLETTER =
  /newsletter|nieuwsbrief|nyhedsbrev|nyhetsbrev|boletín|рассылк|postfach|boîte (?:mail|e-mail|de réception)|bandeja de entrada|caixa de entrada/i;

/**
 * A comment counter or prompt standing alone: "Comments (12)", "Kommentare (4)", "12 Kommentare",
 * "Join the conversation", "Diskutieren Sie mit", "Réagir", "Deja tu comentario".
 */
const COMMENTS =
  /^(?:(?:\d+\s+)?(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|commento|reacties|komentarze|комментари[йия]|تعليقات?)(?:\s*\(\d+\))?|join the (?:conversation|discussion|debate)|(?:leave|add|post|write) a comment|show comments|diskutieren sie mit|(?:jetzt )?kommentieren|réagir|réagissez(?: à cet article)?|deja (?:tu|un) comentario|deixe (?:seu|um) comentário|lascia un commento|оставить комментарий)[\s.:!…]*$/iu;

/**
 * A reader tool's label or a rights notice standing alone, in other languages than English (whose
 * are in FURNITURE_LINE): "Artikel anhören", "Écouter cet article", "Escuchar noticia", "Ouvir
 * notícia", "Прослушать статью", Italian pages' "Riproduzione riservata ©".
 */
const TOOL_LABEL =
  /^(?:(?:artikel|beitrag|text) (?:anhören|vorlesen(?: lassen)?)|écouter (?:cet |l')?article|escuchar (?:esta |la )?(?:noticia|artículo|nota)|ouvir (?:esta |a )?(?:notícia|matéria|reportagem)|ascolta (?:questo |l')?articolo|прослушать (?:статью|новость)|(?:©\s*)?riproduzione riservata(?:\s*©)?)[\s.:!…]*$/iu;

/**
 * A share prompt: "Share this article on Facebook, Twitter or WhatsApp", "Artikel teilen",
 * "Compartilhe essa notícia", "Partager cet article", "Поделиться".
 */
const SHARE =
  /^(?:share (?:this|the) (?:article|story|post|page|news)(?:\s+(?:on|via|with)\b.{0,60})?|(?:diesen )?(?:artikel|beitrag) teilen|compartilh(?:e|ar) (?:esta|essa|a) (?:notícia|matéria|reportagem)|compart(?:e|ir) (?:esta|la) (?:noticia|nota)|partager (?:cet|l')\s?article|condividi (?:questo|l')\s?articolo|поделиться(?: новостью| статьей| статьёй)?|شارك (?:هذا )?(?:الخبر|المقال))[\s.:!…]*$/iu;

/**
 * A pitch to get the news on a channel: "Receba as notícias do Jornal no seu WhatsApp", "Recibe
 * las noticias en tu Telegram", "Sigue toda la información de Diario en Facebook …", "Читайте нас
 * в Дзене …". (Follow-us pitches that open with "Follow"/"Síguenos" are isFollowPitch's; "sigue"
 * alone also opens "Sigue siendo …", so only "sigue la información/las noticias" counts.)
 */
const NEWS_ON_CHANNEL = new RegExp(
  [
    /^(?:receba|recibe|reciba|recevez|erhalten sie|get|receive)(?![\p{L}]).{0,60}(?:notícias|noticias|news|nachrichten|actualités|informations|updates|alerts?|alertas?|headlines).{0,60}(?:whatsapp|telegram|google news|\bapp\b)/u
      .source,
    /^sigue (?:toda |todas )?(?:la|las) (?:información|actualidad|noticias|últimas noticias)(?![\p{L}]).{0,80}(?:facebook|twitter|whatsapp|telegram|instagram|google|newsletter|canal)/u
      .source,
    /^(?:читайте нас|следите за (?:нами|новостями))(?![\p{L}]).{0,60}(?:дзен|telegram|телеграм|вконтакте|\bvk\b|max)/u.source,
  ].join('|'),
  'iu',
);

/**
 * The notice a blocked embed (a post, a video, a map) leaves in the text until the reader consents:
 * "Empfohlener redaktioneller Inhalt", "An dieser Stelle finden Sie einen externen Inhalt …",
 * "This content is hosted by a third party …", "To view it, please accept … cookies", and its
 * button's label ("Manage settings", "Inhalt anzeigen"). Said to the
 * reader; a story about cookie rules does not ask the reader to accept them.
 */
const EMBED_LABEL =
  /^(?:empfohlener (?:redaktioneller )?inhalt|externer inhalt|external content|contenu externe|contenido externo|contenuto esterno|inhalt anzeigen|externen inhalt (?:laden|anzeigen)|load (?:external )?content|show content|manage (?:cookie |privacy )?(?:settings|preferences)|(?:cookie|privacy) settings|(?:accept|allow) (?:all )?cookies|(?:cookies|alle) akzeptieren|(?:datenschutz|cookie)-?einstellungen(?: verwalten| öffnen)?|gérer (?:mes|les) (?:cookies|paramètres|préférences))$/iu;
const EMBED_NOTICE = new RegExp(
  [
    /\ban dieser stelle (?:finden sie|befindet sich|ist) (?:einen?|ein) (?:externen?|ergänzenden?) (?:inhalt|beitrag)/.source,
    /\b(?:this|the following) (?:content|embed|element|video|post) (?:is|was) (?:hosted|provided|served|created) by (?:a )?third[- ]part(?:y|ies)/
      .source,
    /\b(?:please|you (?:need|have|must)(?: to)?|bitte|to view (?:it|this)[^.]{0,20}),? (?:accept|enable|allow|akzeptieren sie|aktivieren sie|stimmen sie)\b[^.]{0,60}\bcookies?\b/
      .source,
    /\bich bin damit einverstanden, dass mir externe inhalte\b/.source,
    /\b(?:pour (?:afficher|voir) ce contenu|para ver este contenido|um (?:diesen|den) inhalt (?:zu sehen|anzuzeigen))\b/.source,
  ].join('|'),
  'iu',
);
/**
 * A word every EMBED_NOTICE sentence holds: the unanchored pattern is tried only on lines with one
 * (it cost a scan of every position of every short line, 5% of the extractor's time).
 */
const EMBED_WORDS = ['stelle', 'third', 'cookie', 'einverstanden', 'contenu', 'contenido', 'inhalt'];

function isEmbedNotice(b: string): boolean {
  if (EMBED_LABEL.test(b)) return true;
  const low = b.toLowerCase();
  return EMBED_WORDS.some((w) => low.includes(w)) && EMBED_NOTICE.test(b);
}

/**
 * A request for the reader's opinion or feedback: "Have your say: …", "… Let us know in the comments
 * below.", "Ihre Meinung ist uns wichtig. Senden Sie uns Ihr Feedback …", "Déjanos tu opinión …", "Donnez
 * votre avis … Réagissez dans les commentaires.".
 * A story's quote ("Let us know what you think," the mayor said) names no comments.
 */
const FEEDBACK =
  /^(?:have your say|what do you think\?|ihre meinung ist uns wichtig|déjanos tu opinión|donnez(?:-nous)? votre avis|(?:senden|schicken) sie uns ihr (?:feedback|meinung))(?![\p{L}])/iu;
const COMMENTS_ASK =
  /(?:let us know|tell us)(?: what you think)? in the comments(?: below| section)?[.!]?$|(?:réagissez|donnez votre avis) dans les commentaires[.!]?$|(?:déjanos|danos) tu opinión en los comentarios[.!]?$/i;

/**
 * A newsletter pitch in German that opens with the newsletter, not the imperative: "Der
 * BR24-Newsletter informiert Sie …", and the inbox the outlet's mail lands in ("… jeden Morgen in
 * Ihrem Postfach"). Addressing the reader as "Sie"/"Ihr" is what a story's sentence does not.
 */
const NEWSLETTER_DE = /\bnewsletter\b.{0,80}\binformiert sie\b|\b(?:in|direkt in) ihr(?:em)? (?:\p{L}+ )?(?:e-mail-)?postfach\b/iu;

/**
 * A pitch for the outlet's channel on a messenger: the question "Folgst du schon … auf WhatsApp?",
 * and an imperative to subscribe to or join its channel ("Abonniere den Whatsapp-Kanal von …",
 * "join our Telegram channel"); a story's "the ministry's Telegram channel" asks nothing.
 */
const CHANNEL_PITCH =
  /^(?:folgst du|folgen sie|bist du|sind sie|are you|do you follow)(?![\p{L}]).{0,50}\b(?:auf|on) (?:whatsapp|telegram|instagram|tiktok|google news)\?$|\b(?:abonniere|abonnieren sie|folge|folgen sie|join|subscribe to|follow)\b.{0,40}\b(?:whatsapp|telegram)[- ]?(?:kanal|channel)\b/iu;

/**
 * An appeal for money or membership: "Unterstützen Sie unseren Journalismus …", "Independent
 * journalism needs your support", "El periodismo independiente necesita tu apoyo", "… with our
 * subscriber rewards program". A story's appeal for
 * a charity names no journalism.
 */
const SUPPORT_PITCH =
  /\b(?:support|unterstützen sie|unterstütze|apoya|soutenez)\b.{0,30}\b(?:our|unser\p{L}*|independent|unabhängige\p{L}*|nuestro|notre)\b.{0,20}\b(?:journalism|journalismus|periodismo|journalisme|reporting)\b|\b(?:journalism|journalismus) (?:needs|braucht) (?:your|ihre|deine) (?:support|unterstützung)\b|\bperiodismo (?:independiente |de calidad )?necesita (?:tu|su) apoyo\b|\bjournalisme (?:indépendant )?a besoin de (?:vous|votre soutien)\b|\b(?:our|exclusive) (?:subscriber|member)s?(?:hip)? (?:rewards?|discounts?|benefits)\b/iu;

const has = (low: string, words: readonly string[]): boolean => words.some((w) => low.includes(w));
const CHANNEL_WORDS = ['whatsapp', 'telegram', 'instagram', 'tiktok', 'google news'];
const SUPPORT_WORDS = ['journalis', 'periodismo', 'reporting', 'subscriber', 'member'];

/**
 * Whether a block of the text is one of the pitches above (FEEDBACK to SUPPORT_PITCH), under 250
 * characters. Each unanchored pattern is tried only on lines holding one of its words.
 */
export function isReaderPitch(b: string): boolean {
  if (b.length >= 250) return false;
  const low = b.toLowerCase();
  return (
    FEEDBACK.test(b) ||
    (low.includes('comment') && COMMENTS_ASK.test(b)) ||
    ((low.includes('newsletter') || low.includes('postfach')) && NEWSLETTER_DE.test(b)) ||
    (has(low, CHANNEL_WORDS) && CHANNEL_PITCH.test(b)) ||
    (has(low, SUPPORT_WORDS) && SUPPORT_PITCH.test(b))
  );
}

/** Whether a block of the text is one of the reader prompts above (blocks of 250 characters or more never are). */
export function isReaderPrompt(b: string): boolean {
  if (b.length >= 250) return false;
  if (b.length < 160 && (READ_ALSO_LINE.test(b) || READ_ALSO_EN_LINE.test(b) || COMMENTS.test(b) || SHARE.test(b) || TOOL_LABEL.test(b)))
    return true;
  if (SIGN_UP.test(b) && NEWSLETTER.test(b)) return true;
  return NEWS_ON_CHANNEL.test(b) || isEmbedNotice(b) || isReaderPitch(b);
}
