import { wordTable } from '../own-entry.js';
/** Past forms of common English irregular verbs and their dictionary form, which WordNet's index lacks ("sang" → sing). */
export const IRREGULAR_VERBS: Readonly<Record<string, string>> = wordTable(Object.fromEntries(
  `is:be are:be was:be were:be been:be has:have had:have does:do did:do done:do sang:sing sung:sing wrote:write
  written:write made:make sold:sell bought:buy held:hold won:win led:lead ran:run taught:teach built:build paid:pay
  began:begin begun:begin gave:give given:give took:take taken:take got:get gotten:get saw:see seen:see found:find
  left:leave drove:drive driven:drive flew:fly flown:fly grew:grow grown:grow drew:draw drawn:draw threw:throw
  thrown:throw spoke:speak spoken:speak chose:choose chosen:choose broke:break broken:break rode:ride ridden:ride
  struck:strike fought:fight caught:catch brought:bring thought:think sent:send spent:spend lost:lose met:meet
  kept:keep felt:feel told:tell said:say heard:hear stood:stand sat:sit ate:eat eaten:eat fell:fall fallen:fall
  knew:know known:know became:become came:come went:go gone:go shot:shoot shown:show sunk:sink sank:sink swam:swim
  swum:swim wore:wear worn:wear won:win woke:wake bore:bear born:bear borne:bear beat:beat beaten:beat bit:bite
  bitten:bite hid:hide hidden:hide lent:lend bent:bend dealt:deal dug:dig fed:feed fled:flee forgot:forget
  forgotten:forget froze:freeze frozen:freeze hung:hang laid:lay lay:lie lain:lie meant:mean rose:rise risen:rise
  sought:seek shook:shake shaken:shake slept:sleep slid:slide spun:spin stole:steal stolen:steal stuck:stick
  swore:swear sworn:swear swept:sweep taught:teach tore:tear torn:tear understood:understand wept:weep wound:wind
  withdrew:withdraw withdrawn:withdraw`
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split(':') as [string, string]),
));
