/**
 * Job titles printed beside a writer's name ("Jane Roe, Senior Correspondent", "Daniel Okafor,
 * Chief Economics Commentator", "Katrin Schulze, Politikredakteurin", "Lucía Romero, corresponsal
 * en Bruselas", "Ольга Смирнова, обозреватель", "Grace Liu Transportation Reporter"): none of
 * them is a person, and a name followed by one is the name alone.
 */

/** English job words, and the rank words that open a title ("Senior", "Chief", "Deputy"). */
const EN_JOB =
  /\b(?:analysts?|economists?|commentators?|critics?|anchors?|hosts?|producers?|strategists?|researchers?|contributors?|columnists?|correspondents?|reporters?|writers?|editors?|photographers?|journalists?|bloggers?|presenters?|interns?|chief|senior|deputy|associate|managing|assistant|political|diplomatic|investigative|contributing|freelance|special)\b/i;
/**
 * Job words of other languages, whole words (ASCII \b does not see the edges of "redactora" or
 * "обозреватель"). German compounds end in the job: "Politikredakteurin", "Wirtschaftskorrespondent".
 */
const OTHER_JOB =
  /(?<!\p{L})(?:corresponsal|periodista|redactora?|columnista|colaboradora?|enviad[oa]|jefe|jefa|journaliste|correspondante?|envoyée?|rédact(?:eur|rice)|chroniqueu(?:r|se)|giornalista|corrispondente|inviat[oa]|redatt(?:ore|rice)|repórter|jornalista|correspondente|colunista|verslaggever|correspondent|redacteur|journalist|muhabiri?|редактор|корреспондент|журналист(?:ка)?|обозреватель|колумнист|спецкор|dziennikarz|dziennikarka|redaktor|korespondent)(?!\p{L})|\p{L}*(?:redakteur|korrespondent|reporter|journalist)(?:in)?(?!\p{L})|(?<!\p{L})(?:Leiter|Leiterin|Chef|Chefin)\s+(?:der|des|vom)(?!\p{L})/iu;

/** Whether `s` is (or holds) a job title rather than a name. */
export function isJobTitle(s: string): boolean {
  return EN_JOB.test(s) || OTHER_JOB.test(s);
}
