/**
 * Canonical English names of common dateline cities, so a story filed from 北京, Peking, Pékin
 * and BEIJING groups under "Beijing". Places not in the table keep only their written form.
 */

const NAMES: Record<string, string[]> = {
  Beijing: ['北京', 'Peking', 'Pékin', 'Pechino', 'Pekín', 'Пекин', '베이징', '北京市'],
  Shanghai: ['上海', 'Шанхай', '상하이'],
  'Hong Kong': ['香港', 'Hongkong', 'Гонконг', '홍콩'],
  Taipei: ['台北', '臺北', 'Taipeh', 'Тайбэй', '타이베이'],
  Tokyo: ['东京', '東京', 'Tokio', 'Токио', '도쿄'],
  Seoul: ['首尔', '서울', 'Séoul', 'Сеул', 'ソウル'],
  Busan: ['釜山', '부산', 'Pusan'],
  Pyongyang: ['平壤', '평양', 'Пхеньян', 'Pjöngjang'],
  Moscow: ['Москва', 'Moskau', 'Moscou', 'Mosca', 'Moscú', '莫斯科', '모스크바', 'モスクワ', 'Moskova', 'Moskwa'],
  Kyiv: ['Київ', 'Киев', 'Kiew', 'Kiev', 'Kijów', '基辅', '키이우', 'Kyjiw'],
  Washington: ['华盛顿', '華盛頓', 'ワシントン', '워싱턴', 'Вашингтон', 'Waszyngton'],
  'New York': ['纽约', '紐約', 'ニューヨーク', '뉴욕', 'Нью-Йорк', 'Nueva York', 'Nova Iorque'],
  London: ['伦敦', '倫敦', 'ロンドン', '런던', 'Лондон', 'Londres', 'Londra', 'Londyn'],
  Paris: ['巴黎', 'パリ', '파리', 'Париж', 'Parigi', 'París', 'Paryż'],
  Berlin: ['柏林', 'ベルリン', '베를린', 'Берлин', 'Berlino', 'Berlín'],
  Brussels: ['Brüssel', 'Bruxelles', 'Bruselas', 'Bruxelas', 'Bruksela', 'Брюссель', '布鲁塞尔', 'ブリュッセル'],
  Vienna: ['Wien', 'Vienne', 'Viena', 'Wiedeń', 'Вена', '维也纳'],
  Geneva: ['Genf', 'Genève', 'Ginevra', 'Ginebra', 'Genewa', 'Женева', '日内瓦'],
  Zurich: ['Zürich', 'Zurigo'],
  Rome: ['Rom', 'Roma', 'Рим', '罗马'],
  Munich: ['München', 'Monaco di Baviera', 'Múnich', 'Мюнхен'],
  Cologne: ['Köln', 'Colonia'],
  Warsaw: ['Warschau', 'Varsovie', 'Varsavia', 'Varsovia', 'Warszawa', 'Варшава', '华沙'],
  Prague: ['Prag', 'Praha', 'Praga', 'Прага'],
  Athens: ['Athen', 'Athènes', 'Atene', 'Atenas', 'Afina', 'Αθήνα', 'Афины'],
  Lisbon: ['Lissabon', 'Lisbonne', 'Lisbona', 'Lisboa'],
  Cairo: ['Kairo', 'Le Caire', 'Il Cairo', 'El Cairo', 'القاهرة', '开罗'],
  Istanbul: ['İstanbul', 'Estambul', '伊斯坦布尔'],
  Ankara: ['安卡拉', 'Анкара'],
  'New Delhi': ['Neu-Delhi', 'New-Delhi', 'Nueva Delhi', 'Nuova Delhi', 'नई दिल्ली', '新德里'],
  Jerusalem: ['Jérusalem', 'Gerusalemme', 'Jerusalén', 'القدس', '耶路撒冷'],
  Tehran: ['Teheran', 'Téhéran', 'Teherán', 'تهران', '德黑兰'],
  'Mexico City': ['Mexiko-Stadt', 'Ciudad de México', 'Mexico'],
  Bogotá: ['Bogota'],
  Copenhagen: ['Kopenhagen', 'København', 'Copenhague'],
  Stockholm: ['Stockholm'],
  Oslo: ['Oslo'],
  Helsinki: ['Helsingfors'],
  'The Hague': ['Den Haag', 'La Haye', "L'Aia", 'La Haya'],
  Kabul: ['کابل', 'Кабул'],
  Minsk: ['Мінск', 'Минск'],
};

const INDEX = new Map<string, string>();
for (const [city, aliases] of Object.entries(NAMES)) for (const a of [city, ...aliases]) INDEX.set(a.toLowerCase(), city);

/** The canonical English name of a dateline city, in any script or case; null if unknown. */
export function canonicalCity(place: string): string | null {
  const p = place.split(/,/)[0]!.trim().toLowerCase();
  return INDEX.get(p) ?? INDEX.get(p.replace(/市$/u, '')) ?? null;
}
