import { msg } from '../../../shared/i18n/msg';
import type { RefusalCode } from '../worker/protocol';

/** What a refusal of the worker means for the user (Dutch keys; `t()` translates them). */
export const refusalTexts: Record<RefusalCode, string> = {
  dataset_gone: msg('Deze gegevensset bestaat niet meer.'),
  nothing_to_commit: msg('Er is geen import om te bevestigen.'),
  nothing_to_drill: msg('Er zijn geen gegevens om in te zoomen.'),
  storage_full: msg(
    'De opslag is vol: er is niets opgeslagen. Maak ruimte vrij of verwijder een gegevensset, en probeer het opnieuw.',
  ),
  storage_failed: msg(
    'Opslaan is mislukt: er is niets opgeslagen. Probeer het opnieuw; lukt het dan niet, sluit de app en open hem opnieuw.',
  ),
  not_a_backup: msg(
    'Dit bestand is geen reservekopie van de Begeleidingsmonitor. Er is niets veranderd.',
  ),
  backup_damaged: msg(
    'Deze reservekopie is beschadigd (de controlesom klopt niet). Er is niets veranderd.',
  ),
  backup_newer: msg(
    'Deze reservekopie is gemaakt met een nieuwere versie van de Begeleidingsmonitor. Werk de app bij en probeer het opnieuw. Er is niets veranderd.',
  ),
  backup_passphrase_needed: msg(
    'Deze reservekopie is versleuteld: vul het wachtwoord in. Er is niets veranderd.',
  ),
  dataset_name_empty: msg('Geef de gegevensset een naam.'),
  file_wrong_password: msg('Dit wachtwoord opent het bestand niet.'),
  file_encryption_unsupported: msg(
    'Dit bestand is beveiligd met een wachtwoord, op een manier die we niet kunnen openen (alleen .xlsx-werkmappen die in Excel met een wachtwoord zijn opgeslagen). Sla in Excel een kopie op zonder wachtwoord en importeer die.',
  ),
  backup_passphrase_short: msg('Kies een wachtwoord van minstens 12 tekens.'),
  backup_wrong_passphrase: msg(
    'Het wachtwoord klopt niet (of het bestand is beschadigd). Er is niets veranderd.',
  ),
};
