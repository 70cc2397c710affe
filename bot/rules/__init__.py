"""The etiquette rules, registered in one place, in the order reports list them."""

from bot.rules.after_no import AfterNo
from bot.rules.already_contacted import AlreadyContacted
from bot.rules.base import Rule
from bot.rules.blind_amplify import BlindAmplify
from bot.rules.burst_sending import BurstSending
from bot.rules.canned_copy import CannedCopy
from bot.rules.cold_public_channel import ColdPublicChannel
from bot.rules.impersonal import Impersonal
from bot.rules.link_does_the_talking import LinkDoesTheTalking
from bot.rules.long_first_contact import LongFirstContact
from bot.rules.me_focused import MeFocused
from bot.rules.no_courtesy import NoCourtesy
from bot.rules.off_audience import OffAudience
from bot.rules.pushy_tone import PushyTone
from bot.rules.recipient_pacing import RecipientPacing
from bot.rules.sensitive_topic import SensitiveTopic
from bot.rules.stranger_pitch import StrangerPitch
from bot.rules.unanswered_followups import UnansweredFollowups

RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        StrangerPitch(), BlindAmplify(), LinkDoesTheTalking(), CannedCopy(), AlreadyContacted(),
        OffAudience(), SensitiveTopic(), Impersonal(), ColdPublicChannel(), AfterNo(),
        UnansweredFollowups(), RecipientPacing(), PushyTone(), NoCourtesy(), MeFocused(),
        LongFirstContact(), BurstSending(),
    )
}
