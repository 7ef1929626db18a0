#!/usr/bin/env python3
"""Builds seventh-cases.jsonl, the evaluation cases for the seventh unseen shop.

The shop is "Hummel & Bohne", a specialty-coffee roaster and machine shop in
Vienna selling across the EU (KB in seventh-kb/). It was written without
looking at the assistant's code, its corpus or any other shop, so that its
score says how the assistant does on a shop nobody tuned it for.

Expectations are what a careful human support agent would do, not what a
keyword matcher would guess. Every case is checked before anything is
written: its article must exist, every mustMention must occur literally in
that article (or, for cases without an article, in the product data or in
the asking customer's own orders), no mustNotMention may occur in the
expected article, and an order id asked about by someone who does not own
it must not leak that order's data through mustMention. Any failure stops
the script with a list of problems and writes nothing.

Run: python3 gen_seventh_cases.py  (from any directory)
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
KB = HERE / "seventh-kb"
OUT = HERE / "seventh-cases.jsonl"

INTENTS = {
    "greeting", "thanks", "goodbye", "order_status", "return_refund", "shipping",
    "product_info", "payment", "account", "complaint", "human_request", "other",
}
ORDER_ID = re.compile(r"\bHB-\d{7}\b", re.IGNORECASE)

# Labels used where the twelve intents leave room for judgement, kept the
# same across the file:
#   warranty, repairs, servicing, descaling, grinders, brewing -> product_info
#   managing one's own subscription (pause/skip/cancel/change) -> account
#   a change to one specific order (address, items)            -> order_status
#   cancelling or refunding one specific order                 -> return_refund
#   damaged or wrong deliveries the customer wants put right   -> complaint
#   contact details and opening hours                          -> other (with article)

CASES = []  # (lang, customer, messages, intent, escalate, article, mustMention, mustNotMention)


def C(lang, msgs, intent, esc=False, art=None, mm=(), mnm=(), cust="c-2001"):
    if isinstance(msgs, str):
        msgs = [msgs]
    CASES.append((lang, cust, list(msgs), intent, esc, art, list(mm), list(mnm)))


# ---------------------------------------------------------------- shipping
S = "shipping-rates"
X = "shipping-outside-eu"
C("en", "how much is shipping to germany?", "shipping", art=S, mm=["6.90"])
C("en", "Hi, what does delivery to Spain cost and how long does it take", "shipping", art=S, mm=["11.90", "4-7 working days"])
C("en", "do u ship to poland", "shipping", art=S, mm=["8.90"])
C("en", "Free shipping to Belgium starts from what amount?", "shipping", art=S, mm=["€99"])
C("en", "how long does delivery take within austria", "shipping", art=S, mm=["1-2 working days"])
C("en", "I'm in Ljubljana, how much would shipping be?", "shipping", art=S, mm=["7.90"])
C("en", "shipping cost to portugal?", "shipping", art=S, mm=["12.90"])
C("en", "Can I get it tomorrow? I live in Graz", "shipping", art=S, mm=["9.90", "13:00"])
C("en", "is there express shipping to germany", "shipping", art=S, mm=["only available"])
C("en", "What does it cost to ship the Barista Pro 2 Group to Munich?", "shipping", art=S, mm=["69"])
C("en", "can i pick up my order at your shop instead of having it delivered", "shipping", art=S, mm=["Lindengasse 27"])
C("en", "how long do you hold click and collect orders for me?", "shipping", art=S, mm=["10 days"])
C("en", "Do you ship to Switzerland?", "shipping", art=X, mm=["19.90"])
C("en", "can you ship to the UK? I'm in Manchester", "shipping", art=X)
C("en", "do you deliver to the US", "shipping", art=X)
C("en", "Will I have to pay customs if I order to Zurich?", "shipping", art=X, mm=["import VAT"])
C("en", "which courier do you use for italy", "shipping", art=S, mm=["GLS"])
C("en", "what time do I need to order by for it to go out the same day?", "shipping", art=S, mm=["13:00"])
C("en", "hi, how much is shipping to hungary and when does it become free", "shipping", art=S, mm=["7.90", "€79"])
C("en", "is shipping free in austria", "shipping", art=S, mm=["€49"])
C("en", "how long for a parcel to reach france", "shipping", art=S, mm=["3-6 working days"])
C("en", "I live in Bratislava. delivery time?", "shipping", art=S, mm=["2-3 working days"])
C("de", "Was kostet der Versand nach Deutschland?", "shipping", art=S, mm=["6.90"])
C("de", "versand nach österreich wie lange dauert das", "shipping", art=S, mm=["1-2"])
C("de", "Liefert ihr auch in die Schweiz?", "shipping", art=X, mm=["19.90"])
C("de", "Kann ich die Bestellung bei euch im Geschäft abholen?", "shipping", art=S, mm=["Lindengasse 27"])
C("de", "Ab welchem Betrag ist der Versand nach Deutschland gratis?", "shipping", art=S, mm=["€79"])
C("de", "Gibt es Expressversand? Ich brauche die Bohnen bis morgen in Salzburg", "shipping", art=S, mm=["9.90"])
C("de", "Was kostet die Spedition für eine Siebträgermaschine nach Innsbruck?", "shipping", art=S, mm=["39"])
C("it", "Quanto costa la spedizione in Italia?", "shipping", art=S, mm=["9.90"])
C("it", "quanti giorni ci vogliono per la consegna a milano?", "shipping", art=S, mm=["3-5"])
C("fr", "Combien coûte la livraison en France ?", "shipping", art=S, mm=["9.90"])
C("fr", "Livrez-vous en Belgique ?", "shipping", art=S, mm=["8.90"])
C("es", "¿Hacéis envíos a España? ¿cuánto cuesta?", "shipping", art=S, mm=["11.90"])
C("nl", "Wat kost verzending naar Nederland?", "shipping", art=S, mm=["8.90"])
C("pl", "Ile kosztuje wysyłka do Polski?", "shipping", art=S, mm=["8.90"])
C("cs", "Kolik stojí doprava do České republiky?", "shipping", art=S, mm=["7.90"])
C("hu", "Mennyibe kerül a szállítás Magyarországra?", "shipping", art=S, mm=["7.90"])

# ---------------------------------------------------------------- returns, cancellation policy (hard negatives)
R = "returns-withdrawal"
CO = "changing-cancelling-orders"
C("en", "what's your refund policy?", "return_refund", art=R, mm=["14 days"])
C("en", "how many days do i have to send something back", "return_refund", art=R, mm=["14 days"])
C("en", "Can I return an opened bag of coffee if I don't like it?", "return_refund", art=R, mm=["sealed"])
C("en", "do I have to pay for return shipping? I'm in Linz", "return_refund", art=R, mm=["free"])
C("en", "returning a brewer from germany - who pays the postage?", "return_refund", art=R, mm=["€15"])
C("en", "how long does a refund take to show up on my card", "return_refund", art=R, mm=["5-10 working days"])
C("en", "If I return something I paid with Klarna how long does the refund take?", "return_refund", art=R, mm=["3-5 working days"])
C("en", "I've used the machine a couple of times to try it, can I still send it back?", "return_refund", art=R, mm=["value"])
C("en", "can you return an engraved tamper", "return_refund", art=R, mm=["engraved"])
C("en", "do you offer refunds if the coffee just isn't to my taste?", "return_refund", art=R, mm=["sealed"])
C("en", "how do I cancel an order? just asking in case", "return_refund", art=CO, mm=["2 hours"])
C("en", "what's the cancellation policy once an order has already shipped?", "return_refund", art=CO, mm=["withdrawal"])
C("en", "Is it possible to change the delivery address after ordering? Haven't ordered yet, just checking.", "shipping", art=CO, mm=["packed"])
C("en", "what happens to a bank transfer order if I never pay, does it get cancelled?", "payment", art=CO, mm=["10 days"])
C("en", "I'd like to return something, how does it work?", "return_refund", art=R, mm=["Return items"])
C("en", "how do I do a return if I checked out as a guest", "return_refund", art=R, mm=["hilfe@hummelbohne.at"])
C("de", "Wie lange habe ich ein Rückgaberecht?", "return_refund", art=R, mm=["14"])
C("de", "Muss ich die Rücksendung aus Wien selbst zahlen?", "return_refund", art=R)
C("de", "Kann man eine Bestellung nachträglich noch stornieren?", "return_refund", art=CO)
C("de", "Wie ist eure Rückgaberegelung?", "return_refund", art=R, mm=["14"])
C("it", "Posso restituire un macinacaffè se non mi piace?", "return_refund", art=R, mm=["14"])
C("fr", "Quel est le délai de rétractation ?", "return_refund", art=R, mm=["14"])
C("fr", "Quelle est votre politique de remboursement ?", "return_refund", art=R, mm=["14"])
C("es", "¿Cuánto tarda el reembolso si devuelvo algo?", "return_refund", art=R)
C("nl", "Kan ik een geopende zak bonen retourneren?", "return_refund", art=R)

# ---------------------------------------------------------------- warranty, servicing, repairs
W = "warranty"
RS = "repairs-servicing"
C("en", "how long is the warranty on your espresso machines?", "product_info", art=W, mm=["2-year"])
C("en", "whats the guarantee on the mahlwerk 64", "product_info", art=W, mm=["3-year"])
C("en", "is limescale damage covered under warranty?", "product_info", art=W, mm=["limescale"])
C("en", "pump on my Barista Home 1 died after 8 months. is that covered and how do I claim?", "product_info", art=W, mm=["Book a service"])
C("en", "for a warranty repair do I pay the shipping?", "product_info", art=W, mm=["free"])
C("en", "how much does a full service cost", "product_info", art=RS, mm=["159"])
C("en", "price for a basic service on my e61 machine?", "product_info", art=RS, mm=["89"])
C("en", "how long will my machine be in the workshop for a service", "product_info", art=RS, mm=["7-10 working days"])
C("en", "is there a faster option? I can't be without coffee for 2 weeks", "product_info", art=RS, mm=["3 working days"])
C("en", "do you repair nespresso machines?", "product_info", art=RS, mm=["capsule"])
C("en", "What does the pickup label cost if I send my machine from Germany?", "product_info", art=RS, mm=["35"])
C("en", "how do I send my machine in for a service?", "product_info", art=RS, mm=["Book a service"])
C("en", "do you charge for a repair quote?", "product_info", art=RS, mm=["€35"])
C("en", "We run a café in Vienna - do you give a loan machine while ours is being repaired?", "product_info", art=RS, mm=["24 hours"])
C("en", "how often should an espresso machine be serviced", "product_info", art=RS, mm=["12 to 18 months"])
C("en", "can you service my grinder too? what does it cost", "product_info", art=RS, mm=["49"])
C("en", "I bought my machine somewhere else, will you still service it?", "product_info", art=RS, mm=["did not buy from us"])
C("de", "Was kostet ein Full Service für meine Siebträgermaschine?", "product_info", art=RS, mm=["159"])
C("de", "Wie lange dauert eine Reparatur bei euch?", "product_info", art=RS, mm=["7-10"])
C("de", "Ist Kalkschaden von der Gewährleistung gedeckt?", "product_info", art=W)
C("it", "Riparate anche macchine comprate altrove?", "product_info", art=RS)
C("fr", "Combien coûte un détartrage complet de ma machine dans votre atelier ?", "product_info", art=RS, mm=["59"])
C("cs", "Jak dlouho trvá servis kávovaru?", "product_info", art=RS, mm=["7-10"])

# ---------------------------------------------------------------- descaling, water, grinders, brewing, freshness, parts
D = "descaling"
WH = "water-hardness"
G = "grinder-setup"
B = "brew-guide"
F = "roast-dates-freshness"
P = "spare-parts"
C("en", "how do I descale my Barista Home 1?", "product_info", art=D, mm=["100 ml"])
C("en", "how much descaler do i mix with water", "product_info", art=D, mm=["100 ml"])
C("en", "can i just use vinegar to descale", "product_info", art=D, mm=["seals"])
C("en", "i have the doppio dual boiler, what are the descaling steps?", "product_info", art=D, mm=["Descaling Service"])
C("en", "how often should I descale? our water is 16 dH", "product_info", art=WH, mm=["6 weeks"])
C("en", "We live in Vienna, how hard is the water here?", "product_info", art=WH, mm=["6-11"])
C("en", "how often do I change the BWT filter cartridge", "product_info", art=WH, mm=["2 months"])
C("en", "medium water hardness - descale how often?", "product_info", art=WH, mm=["3 months"])
C("en", "my espresso runs through in 18 seconds, what am I doing wrong", "product_info", art=G, mm=["finer"])
C("en", "what grind setting for french press on the mahlwerk 64", "product_info", art=G, mm=["24-28"])
C("en", "v60 grind size on the mahlwerk?", "product_info", art=G, mm=["14-18"])
C("en", "new grinder, there's a red screw on the bottom?? do i remove it", "product_info", art=G, mm=["transport screw"])
C("en", "How many clicks for espresso on the Mahlwerk 40 hand grinder?", "product_info", art=G, mm=["8-12"])
C("en", "how long do the burrs last before I need new ones", "product_info", art=G, mm=["500 kg"])
C("en", "how do I find the zero point on my grinder", "product_info", art=G, mm=["burrs touch"])
C("en", "espresso recipe? how many grams in and out", "product_info", art=B, mm=["18 g", "36 g"])
C("en", "coffee to water ratio for french press?", "product_info", art=B, mm=["30 g"])
C("en", "what water temperature for aeropress", "product_info", art=B, mm=["85"])
C("en", "my espresso tastes really sour", "product_info", art=B, mm=["finer"])
C("en", "how long should cold brew steep", "product_info", art=B, mm=["16-20 hours"])
C("en", "what days do you roast?", "product_info", art=F, mm=["Tuesday"])
C("en", "how long do the beans stay fresh after roasting", "product_info", art=F, mm=["42"])
C("en", "should I keep my coffee in the fridge?", "product_info", art=F, mm=["cool and dark"])
C("en", "can you grind the beans for my moka pot? does it cost extra", "product_info", art=F, mm=["no extra cost"])
C("en", "how often should I change the group gasket", "product_info", art=P, mm=["6-12 months"])
C("en", "which shower screen fits my machine? where do I find the model number", "product_info", art=P, mm=["drip tray"])
C("en", "can I change the shower screen myself or does it void the warranty?", "product_info", art=P, mm=["easy to change yourself"])
C("de", "Wie entkalke ich meine Maschine?", "product_info", art=D, mm=["100 ml"])
C("de", "Welcher Mahlgrad für Espresso bei der Mahlwerk 64?", "product_info", art=G, mm=["2-4"])
C("de", "Wie oft muss ich entkalken, wir haben 18 °dH?", "product_info", art=WH)
C("de", "An welchen Tagen röstet ihr?", "product_info", art=F)
C("de", "Darf ich mit Essig entkalken?", "product_info", art=D)
C("it", "Quanti grammi di caffè per un espresso?", "product_info", art=B, mm=["18 g"])
C("it", "Ogni quanto devo cambiare la guarnizione del gruppo?", "product_info", art=P, mm=["6-12"])
C("fr", "Quelle mouture pour la cafetière à piston avec le Mahlwerk 64 ?", "product_info", art=G, mm=["24-28"])
C("es", "¿Cada cuánto hay que descalcificar la cafetera? El agua aquí es muy dura", "product_info", art=WH)
C("nl", "Hoe ontkalk ik mijn espressomachine?", "product_info", art=D, mm=["100 ml"])
C("pl", "Jak często wymieniać uszczelkę grupy?", "product_info", art=P, mm=["6-12"])
C("hu", "Milyen őrlési fokozat kell V60-hoz a Mahlwerk 64-en?", "product_info", art=G, mm=["14-18"])

# ---------------------------------------------------------------- subscriptions
SU = "coffee-subscriptions"
C("en", "how do i pause my subscription? going on holiday for a month", "account", art=SU, mm=["Pause"])
C("en", "can I skip just one delivery of my abo", "account", art=SU, mm=["Skip next delivery"])
C("en", "how do I cancel my subscription?", "account", art=SU, mm=["Cancel subscription"])
C("en", "is there a minimum term on the coffee subscription", "product_info", art=SU, mm=["no minimum term"])
C("en", "when do you charge me for the subscription?", "payment", art=SU, mm=["3 days before"])
C("en", "how much is the espresso abo", "product_info", art=SU, mm=["17.50"])
C("en", "office subscription, 2kg a month, price?", "product_info", art=SU, mm=["58"])
C("en", "do I pay shipping on a subscription to Hamburg?", "shipping", art=SU, mm=["free in Austria and Germany"])
C("en", "can I switch my subscription from whole beans to ground?", "account", art=SU, mm=["Change coffee"])
C("en", "I cancelled my abo yesterday but still got charged for the next bag?? how does that work", "account", art=SU, mm=["3 days"])
C("en", "if I cancel my subscription do I lose anything or pay a fee?", "account", art=SU, mm=["no minimum term"])
C("de", "Wie pausiere ich mein Kaffee-Abo?", "account", art=SU)
C("de", "Gibt es beim Abo eine Mindestlaufzeit?", "product_info", art=SU)
C("de", "Kann ich mein Abo jederzeit kündigen?", "account", art=SU)
C("it", "Posso sospendere l'abbonamento per un mese?", "account", art=SU)
C("it", "Posso annullare l'abbonamento quando voglio?", "account", art=SU)
C("cs", "Jak zruším předplatné kávy?", "account", art=SU)

# ---------------------------------------------------------------- payment
PM = "payment-methods"
C("en", "do you take paypal", "payment", art=PM, mm=["PayPal"])
C("en", "can I pay cash on delivery?", "payment", art=PM)
C("en", "can I pay with Klarna from Italy?", "payment", art=PM, mm=["Austria and Germany"])
C("en", "is VAT included in your prices", "payment", art=PM, mm=["20%"])
C("en", "I'm in France, why did the price change at checkout?", "payment", art=PM, mm=["VAT"])
C("en", "my card keeps getting declined at checkout", "payment", art=PM, mm=["3-D Secure"])
C("en", "when is my card charged, at order or when it ships?", "payment", art=PM, mm=["when you place the order"])
C("en", "if I pay by bank transfer how long until it ships", "payment", art=PM, mm=["1-3 working days"])
C("en", "do you accept eps?", "payment", art=PM)
C("en", "apple pay possible?", "payment", art=PM)
C("de", "Kann ich mit Klarna auf Rechnung zahlen?", "payment", art=PM, mm=["30"])
C("de", "Nehmt ihr Kreditkarte?", "payment", art=PM, mm=["Visa"])
C("it", "Accettate PayPal?", "payment", art=PM, mm=["PayPal"])
C("es", "¿Se puede pagar contra reembolso?", "payment", art=PM)
C("nl", "Kan ik met iDEAL betalen?", "payment", art=PM)
C("pl", "Czy mogę zapłacić kartą?", "payment", art=PM, mm=["Visa"])

# ---------------------------------------------------------------- gift cards
GC = "gift-cards"
C("en", "do your gift cards expire?", "product_info", art=GC, mm=["5 years"])
C("en", "can i buy a gift card for 200 euros", "product_info", art=GC, mm=["500"])
C("en", "how do I check how much is left on my gift card", "product_info", art=GC, mm=["Gift card balance"])
C("en", "how much extra for a printed gift card in the post", "product_info", art=GC, mm=["2.90"])
C("en", "lost the gift card code I bought for my brother, can you resend it?", "product_info", art=GC, mm=["buyer"])
C("en", "can the voucher be used in the vienna shop?", "product_info", art=GC)
C("de", "Wie löse ich einen Gutschein ein?", "product_info", art=GC)
C("fr", "Les cartes cadeaux sont valables combien de temps ?", "product_info", art=GC, mm=["5"])

# ---------------------------------------------------------------- business
BZ = "cafe-business-accounts"
C("en", "do you supply cafés? what kind of discounts?", "product_info", art=BZ, mm=["10%"])
C("en", "what's the minimum order on a business account", "product_info", art=BZ, mm=["5 kg"])
C("en", "can we pay by invoice as a company?", "payment", art=BZ, mm=["three orders"])
C("en", "leasing a 2 group machine for our café, monthly cost?", "product_info", art=BZ, mm=["149"])
C("en", "our office goes through about 30 kg a month, what discount would we get", "product_info", art=BZ, mm=["18%"])
C("en", "my colleague said a person from your team can train our baristas, is that free?", "product_info", art=BZ, mm=["2 hours"])
C("de", "Bietet ihr Barista-Schulungen für neue Cafés an?", "product_info", art=BZ)
C("it", "Vendete all'ingrosso per bar e ristoranti?", "product_info", art=BZ)

# ---------------------------------------------------------------- account (answerable)
AC = "account-login"
C("en", "how do I reset my password", "account", art=AC, mm=["Forgot password"])
C("en", "password reset link says expired?", "account", art=AC, mm=["60 minutes"])
C("en", "it says my account is locked", "account", art=AC, mm=["30 minutes"])
C("en", "how can I change the email address on my account", "account", art=AC, mm=["Personal data"])
C("en", "i always ordered as a guest, can i see those orders if i make an account", "account", art=AC, mm=["same email address"])
C("en", "how do I delete my account", "account", art=AC, mm=["Delete account"])
C("en", "how do I turn on 2fa", "account", art=AC, mm=["authenticator"])
C("de", "Passwort vergessen, was tun?", "account", art=AC, mm=["Forgot password"])
C("de", "Wie ändere ich meine E-Mail-Adresse im Kundenkonto?", "account", art=AC)
C("pl", "Nie mogę się zalogować, zapomniałem hasła", "account", art=AC, mm=["Forgot password"])
C("hu", "Hogyan törölhetem a fiókomat?", "account", art=AC)

# ---------------------------------------------------------------- tracking and delivery problems (general)
OT = "order-tracking"
DD = "damaged-deliveries"
C("en", "what does order status pending mean", "order_status", art=OT, mm=["payment"])
C("en", "tracking number shows nothing since yesterday, is that normal?", "shipping", art=OT, mm=["24 hours"])
C("en", "tracking says delivered but there's no parcel", "shipping", art=DD, mm=["neighbours"])
C("en", "what should I do if a parcel from you arrives damaged?", "shipping", art=DD, mm=["7 days"])
C("en", "only got part of my order today, is another box coming separately?", "shipping", art=DD, mm=["more than one parcel"])
C("de", "Was bedeutet der Status 'Bezahlt' bei meiner Bestellung?", "order_status", art=OT)

# ---------------------------------------------------------------- contact and hours (hard negatives)
CT = "contact-opening-hours"
C("en", "what's your customer service phone number?", "other", art=CT, mm=["526 44 80"])
C("en", "when are you open on saturday", "other", art=CT, mm=["09:00-14:00"])
C("en", "are you open on sundays", "other", art=CT, mm=["closed"])
C("en", "what's your email address", "other", art=CT, mm=["hilfe@hummelbohne.at"])
C("en", "where is your shop", "other", art=CT, mm=["Lindengasse 27"])
C("en", "does a real person answer emails or is it a bot? how fast?", "other", art=CT, mm=["1 working day"])
C("en", "how do I book the roastery tour and what does it cost", "other", art=CT, mm=["15"])
C("en", "can I ask for an agent in this chat at any time?", "other", art=CT, mm=["09:00-17:00"])
C("en", "what hours is your customer service team available on the phone?", "other", art=CT, mm=["09:00-17:00"])
C("en", "The agent at the shop told me you grind for free, is that right?", "product_info", art=F, mm=["no extra cost"])
C("de", "Wie sind eure Öffnungszeiten?", "other", art=CT, mm=["08:00-18:00"])
C("de", "Welche Telefonnummer hat der Kundenservice?", "other", art=CT, mm=["526 44 80"])
C("it", "Qual è il vostro indirizzo a Vienna?", "other", art=CT, mm=["Lindengasse 27"])
C("cs", "Máte otevřeno v sobotu?", "other", art=CT, mm=["09:00-14:00"])
C("hu", "Mi az ügyfélszolgálat telefonszáma?", "other", art=CT, mm=["526 44 80"])

# ---------------------------------------------------------------- products (answered from products.json)
C("en", "how much is the mahlwerk 64", "product_info", mm=["549"])
C("en", "what voltage does the Barista Pro 2 Group need?", "product_info", mm=["400 V"])
C("en", "is the ethiopia guji in stock?", "product_info")
C("en", "what's the difference between the barista home 1 and the doppio dual boiler", "product_info", mm=["steam"])
C("en", "do you sell decaf", "product_info", mm=["Huila"])
C("en", "how much is the kegel 83", "product_info", mm=["899"])
C("en", "how many cups does the filtro 8 make", "product_info", mm=["8 cups"])
C("en", "does the wiener melange have robusta in it", "product_info", mm=["20%"])
C("en", "tasting notes of the kenya?", "product_info", mm=["blackcurrant"])
C("en", "price for 1kg of the prater espresso", "product_info", mm=["32"])
C("en", "how much is the mahlwerk 40 hand grinder", "product_info", mm=["129"])
C("en", "can the tamper be engraved?", "product_info", mm=["€10"])
C("en", "how many descaling cycles do I get from one bottle of kalkfrei", "product_info", mm=["5 descaling cycles"])
C("en", "how heavy is the barista pro 2 group", "product_info", mm=["68 kg"])
C("en", "which water filter fits the doppio", "product_info", mm=["BWT"])
C("en", "does the v60 set come with filters?", "product_info", mm=["100 paper filters"])
C("en", "how long does the barista home 1 take to heat up", "product_info", mm=["15 minutes"])
C("en", "what size is the tamper", "product_info", mm=["58.5"])
C("en", "do you sell tea as well?", "product_info")
C("en", "do you sell nespresso capsules", "product_info")
C("en", "recommend me a grinder for espresso under 600 euros", "product_info", mm=["Mahlwerk 64"])
C("de", "Was kostet die Mahlwerk 64?", "product_info", mm=["549"])
C("de", "Habt ihr entkoffeinierten Kaffee?", "product_info", mm=["Huila"])
C("de", "Ist die Barista Home 1 lieferbar?", "product_info")
C("de", "Wie schwer ist die Barista Pro 2 Group?", "product_info", mm=["68"])
C("it", "La Doppio Dual Boiler può fare il vapore e l'espresso insieme?", "product_info")
C("fr", "Le Kegel 83 convient-il pour un café ?", "product_info")
C("es", "¿Cuánto cuesta el molinillo Mahlwerk 64?", "product_info", mm=["549"])
C("nl", "Wat kost de Kenya Nyeri AA?", "product_info", mm=["16"])
C("pl", "Ile kosztuje młynek Kegel 83?", "product_info", mm=["899"])
C("cs", "Kolik stojí Barista Home 1?", "product_info", mm=["749"])
C("hu", "Mennyibe kerül a Mahlwerk 40 kézi daráló?", "product_info", mm=["129"])

# ---------------------------------------------------------------- order status by id
C("en", "where is my order HB-3104728", "order_status", cust="c-1001", mm=["JJD000390014725581"], mnm=["92718830441"])
C("en", "hi! status of HB-3104655?", "order_status", cust="c-1001", mm=["delivered"])
C("en", "has HB-3105569 shipped yet?", "order_status", cust="c-1001", mm=["paid"], mnm=["JJD000390014725581"])
C("en", "where's order 3104728?", "order_status", cust="c-1001", mm=["JJD000390014725581"])
C("en", "can you tell me about HB-3105147", "order_status", cust="c-1001", mnm=["92718830441", "Doppio"])
C("en", "why hasn't HB-3105012 shipped", "order_status", cust="c-1002", mm=["pending"])
C("en", "HB-3105090 status pls", "order_status", cust="c-1002", mm=["paid"])
C("en", "whats going on with HB-3105688", "order_status", cust="c-1002", mnm=["92718830577", "Mahlwerk"])
C("en", "Was HB-3105203 cancelled?", "order_status", cust="c-1003", mm=["cancelled"])
C("en", "order HB-3105613 - did you get my payment?", "order_status", cust="c-1003", mm=["pending"])
C("en", "Has the refund for HB-3105266 gone through?", "order_status", cust="c-1004", mm=["refunded"])
C("en", "was HB-3105311 delivered already? I was away last week", "order_status", cust="c-1004", mm=["delivered"])
C("en", "when will HB-3105388 arrive", "order_status", cust="c-1005", mm=["1013200004420051877634"])
C("en", "HB-3105420 ??", "order_status", cust="c-1005", mm=["paid"])
C("en", "hb-3105388 where is it", "order_status", cust="c-1005", mm=["1013200004420051877634"])
C("en", "my parts order HB-3105477, what's the tracking number?", "order_status", cust="c-1006", mm=["01505046891234"])
C("en", "where's my grinder??", "order_status", cust="c-1007", mm=["92718830577"])
C("en", "where is order HB-3109999", "order_status", cust="c-2001", mnm=["JJD000", "92718830"])
C("de", "Wo ist meine Bestellung HB-3104728?", "order_status", cust="c-1001", mm=["JJD000390014725581"])
C("de", "Status von HB-3105502?", "order_status", cust="c-1006")
C("de", "Wann kommt meine Kaffeemaschine? Bestellung HB-3105420", "order_status", cust="c-1005")
C("it", "Dov'è il mio ordine HB-3105147?", "order_status", cust="c-1003", mm=["92718830441"])
C("it", "Quando arriva il mio macinino?", "order_status", cust="c-1007", mm=["92718830577"])
C("fr", "Où en est ma commande HB-3105701 ?", "order_status", cust="c-1008")
C("fr", "Le remboursement de la commande HB-3105744 a-t-il été effectué ?", "order_status", cust="c-1008", mm=["refunded"])
C("es", "¿Dónde está mi pedido HB-3104728?", "order_status", cust="c-1001", mm=["JJD000390014725581"])
C("nl", "Waar is mijn bestelling HB-3105477?", "order_status", cust="c-2002", mnm=["01505046891234"])
C("pl", "Gdzie jest moje zamówienie HB-3105388?", "order_status", cust="c-1005", mm=["1013200004420051877634"])
C("cs", "Kdy dorazí objednávka HB-3105477?", "order_status", cust="c-1006", mm=["01505046891234"])
C("hu", "Hol tart a HB-3105147 rendelésem?", "order_status", cust="c-1003", mm=["92718830441"])

# ---------------------------------------------------------------- escalation: explicit requests for a person
for lang, text in [
    ("en", "can I talk to a human please"),
    ("en", "real person please"),
    ("en", "agent"),
    ("en", "I want to speak to someone"),
    ("en", "get me a human"),
    ("en", "operator!!"),
    ("en", "Please transfer me to a support rep."),
    ("en", "is there a human I can chat with? this bot isnt helping"),
    ("en", "let me talk to one of your staff"),
    ("en", "I'd like to speak with one of your baristas about which machine to buy for a small café"),
    ("en", "pls connect me with customer service"),
    ("en", "talk to representative"),
    ("en", "can someone from your team call me back? +43 660 1234567"),
    ("en", "I need a person, not a bot"),
    ("en", "HUMAN"),
    ("en", "Could I speak with a real member of staff about a larger café order?"),
    ("en", "hello?? anyone actually there? a real one?"),
    ("de", "Ich möchte bitte mit einem Mitarbeiter sprechen."),
    ("de", "kann ich mit einem menschen reden"),
    ("de", "Bitte verbinden Sie mich mit dem Kundenservice"),
    ("de", "echte Person bitte"),
    ("de", "Bitte um Rückruf, es geht um eine Reparatur. 0664 2233445"),
    ("de", "Gibt es jemanden, der mir persönlich helfen kann?"),
    ("it", "Vorrei parlare con un operatore"),
    ("it", "posso parlare con una persona vera?"),
    ("fr", "Je voudrais parler à un conseiller, s'il vous plaît"),
    ("fr", "un humain svp"),
    ("es", "Quiero hablar con una persona"),
    ("es", "¿me pasas con un agente?"),
    ("nl", "Ik wil graag een medewerker spreken"),
    ("pl", "Chcę rozmawiać z konsultantem"),
    ("cs", "Můžu mluvit s živým člověkem?"),
    ("hu", "Szeretnék egy ügyintézővel beszélni"),
]:
    C(lang, text, "human_request", esc=True)

# ---------------------------------------------------------------- escalation: change, cancel or refund one specific order
C("en", "please cancel HB-3105420, found the machine cheaper locally", "return_refund", esc=True, cust="c-1005")
C("en", "cancel order HB-3105012 please", "return_refund", esc=True, cust="c-1002")
C("en", "can you change the delivery address on HB-3105569 to my office? Kaiserstraße 12, 80801 München", "order_status", esc=True, cust="c-1001")
C("en", "HB-3105613: can you make it whole beans instead of ground?", "order_status", esc=True, cust="c-1003")
C("en", "I want a refund for the Kegel 83 from HB-3105311, it's far too loud for our café", "return_refund", esc=True, cust="c-1004")
C("en", "refund me for HB-3104655, the beans were stale when they arrived", "return_refund", esc=True, cust="c-1001")
C("en", "please add a second shower screen to HB-3105477", "order_status", esc=True, cust="c-1006")
C("en", "please cancel my order HB-3105688, I ordered the wrong grinder!", "return_refund", esc=True, cust="c-1007")
C("en", "can you cancel HB-3105613, I'll order something else instead", "return_refund", esc=True, cust="c-1003")
C("en", "I was charged twice for HB-3105701", "payment", esc=True, cust="c-1008")
C("en", "I paid the bank transfer for HB-3105012 four days ago and it still says pending. can someone check?", "payment", esc=True, cust="c-1002")
C("en", "I want to cancel my order", "return_refund", esc=True, cust="c-1005")
C("en", "refund my subscription payment from this week please, I forgot to pause it", "return_refund", esc=True, cust="c-1001")
C("en", "change my order to ground coffee pls, ordered 10 min ago", "order_status", esc=True, cust="c-1003")
C("en", "you sent the decaf to my old address, HB-3105388. can you redirect it?", "order_status", esc=True, cust="c-1005")
C("de", "Bitte stornieren Sie meine Bestellung HB-3105420.", "return_refund", esc=True, cust="c-1005")
C("de", "Können Sie die Lieferadresse für HB-3105569 ändern? Ich bin umgezogen.", "order_status", esc=True, cust="c-1001")
C("de", "Ich möchte mein Geld für die Kegel 83 zurück, Bestellung HB-3105311.", "return_refund", esc=True, cust="c-1004")
C("de", "Bitte noch 2 Packungen Prater Espresso zu meiner Bestellung HB-3105613 dazu", "order_status", esc=True, cust="c-1003")
C("it", "Vorrei annullare l'ordine HB-3105613", "return_refund", esc=True, cust="c-1003")
C("it", "Potete cambiare l'indirizzo di consegna dell'ordine HB-3105688?", "order_status", esc=True, cust="c-1007")
C("fr", "Je veux être remboursé pour la commande HB-3105701, la machine ne me plaît pas", "return_refund", esc=True, cust="c-1008")
C("es", "Quiero cancelar mi pedido HB-3105420", "return_refund", esc=True, cust="c-1005")
C("nl", "Kunt u mijn bestelling HB-3105477 annuleren?", "return_refund", esc=True, cust="c-1006")
C("pl", "Proszę o zwrot pieniędzy za zamówienie HB-3104655", "return_refund", esc=True, cust="c-1001")
C("cs", "Chci zrušit objednávku HB-3105012", "return_refund", esc=True, cust="c-1002")

# ---------------------------------------------------------------- escalation: account security and private data
for lang, text in [
    ("en", "someone changed the email on my account and now I can't log in"),
    ("en", "there's an order in my account that I didn't place"),
    ("en", "i think my account got hacked"),
    ("en", "I got an email saying my password was changed but I didn't change it"),
    ("en", "I no longer have access to the email address on my account, how do I get back in?"),
    ("en", "someone is using my saved card on your site, there are 3 orders I never made"),
    ("de", "Mein Konto wurde gehackt, da sind fremde Bestellungen drin!"),
    ("de", "Jemand hat die E-Mail-Adresse in meinem Konto geändert"),
    ("it", "Qualcuno ha usato il mio account per fare un ordine"),
    ("fr", "Mon compte a été piraté"),
    ("pl", "Ktoś zalogował się na moje konto i zmienił adres"),
    ("es", "Han cambiado la contraseña de mi cuenta sin mi permiso"),
]:
    C(lang, text, "account", esc=True)
C("en", "you're charging me for a subscription I never signed up for", "payment", esc=True, cust="c-1006")

# ---------------------------------------------------------------- escalation: angry customers
for lang, text in [
    ("en", "this is the third time i'm writing. my machine has been in your workshop for 5 weeks. absolutely unacceptable"),
    ("en", "your coffee is garbage and your service is even worse"),
    ("en", "WHERE IS MY MONEY. I sent the brewer back 3 weeks ago"),
    ("en", "worst shop ever, grinder broke after 2 weeks and nobody answers my emails!!!"),
    ("en", "I'm furious, the repair cost €300 more than the estimate and nobody asked me first"),
    ("en", "you charged me for a service I cancelled and I want this sorted today"),
    ("en", "ridiculous. 10 days and my order still hasn't shipped. sort it out"),
    ("en", "I've been on hold on your phone line for 40 minutes, this is a joke"),
    ("de", "Das ist eine Frechheit! Seit zwei Wochen warte ich auf meine Maschine und niemand meldet sich."),
    ("de", "Ich bin extrem verärgert, die Reparatur hat nichts gebracht, die Maschine leckt schon wieder"),
    ("it", "Sono molto arrabbiato, nessuno risponde alle mie email da una settimana"),
    ("fr", "C'est inadmissible, j'attends mon remboursement depuis un mois"),
    ("nl", "Belachelijk, al drie keer gemaild en nog steeds geen antwoord"),
    ("hu", "Nagyon elégedetlen vagyok, két hete senki nem válaszol"),
]:
    C(lang, text, "complaint", esc=True)

# ---------------------------------------------------------------- escalation: damaged or wrong deliveries, customer wants action
C("en", "the shower screen from HB-3105477 arrived bent, I want a new one sent asap", "complaint", esc=True, art=DD, cust="c-1006")
C("en", "Barista Pro 2 Group arrived with a dented side panel (HB-3105311). What are you going to do about it?", "complaint", esc=True, art=DD, cust="c-1004")
C("en", "my grinder came with the hopper cracked. I want a replacement", "complaint", esc=True, art=DD, cust="c-1001")
C("en", "parcel was soaking wet and the coffee bags were torn open, I need new ones", "complaint", esc=True, art=DD)
C("en", "I ordered decaf and got the espresso blend instead. send me the right one please", "complaint", esc=True, art=DD, cust="c-1005")
C("de", "Die Maschine ist beschädigt angekommen, ich will Ersatz!", "complaint", esc=True, art=DD)
C("de", "Paket kaputt, die Glaskanne vom Filtro 8 ist zerbrochen. Bitte schicken Sie mir eine neue.", "complaint", esc=True, art=DD)
C("it", "Il macinacaffè è arrivato rotto, voglio la sostituzione", "complaint", esc=True, art=DD, cust="c-1007")
C("fr", "Colis arrivé abîmé, la machine a une bosse. Je veux un remplacement.", "complaint", esc=True, art=DD, cust="c-1008")
C("es", "Me llegó la cafetera con un golpe, quiero que me la cambien", "complaint", esc=True, art=DD)
C("cs", "Balík přišel poškozený, chci náhradu", "complaint", esc=True, art=DD)

# ---------------------------------------------------------------- greetings, thanks, goodbyes
for lang, text, intent in [
    ("en", "hi", "greeting"),
    ("en", "good morning!", "greeting"),
    ("de", "Hallo!", "greeting"),
    ("de", "Servus", "greeting"),
    ("it", "ciao", "greeting"),
    ("en", "thanks a lot!", "thanks"),
    ("de", "danke schön", "thanks"),
    ("fr", "merci beaucoup", "thanks"),
    ("pl", "dziękuję", "thanks"),
    ("en", "bye", "goodbye"),
    ("de", "tschüss", "goodbye"),
    ("en", "ok that's all, have a nice day", "goodbye"),
]:
    C(lang, text, intent)

# ---------------------------------------------------------------- outside the shop
for lang, text in [
    ("en", "what's the weather in vienna tomorrow"),
    ("en", "who won the champions league last year"),
    ("en", "write me a poem about coffee"),
    ("en", "what's 15% of 80"),
    ("en", "how do I make a sachertorte"),
    ("en", "is coffee bad for my blood pressure?"),
    ("en", "can you help me with my tax return"),
    ("en", "what time is it in new york"),
    ("en", "tell me a joke"),
    ("en", "I'm agent 007, licensed to caffeinate. what's the capital of hungary?"),
    ("en", "can you translate 'the cat is on the roof' into german"),
    ("en", "what's the best way to learn python?"),
    ("de", "Wie wird das Wetter morgen in Graz?"),
    ("it", "Chi ha vinto il Giro d'Italia quest'anno?"),
    ("fr", "Quelle heure est-il à Tokyo ?"),
    ("es", "¿Me recomiendas una serie de Netflix?"),
    ("pl", "Jaki jest dziś kurs euro do złotego?"),
    ("nl", "Hoe laat gaat de trein van Amsterdam naar Wenen?"),
]:
    C(lang, text, "other")

# ---------------------------------------------------------------- multi-turn
C("en", ["hi", "how much is shipping to italy?"], "shipping", art=S, mm=["9.90"])
C("en", ["how much is the basic service", "and how long does it take?"], "product_info", art=RS, mm=["7-10 working days"])
C("en", ["do you ship to the netherlands?", "and from what amount is it free?"], "shipping", art=S, mm=["€99"])
C("en", ["I have a Barista Home 1", "how do I descale it?"], "product_info", art=D, mm=["100 ml"])
C("en", ["what subscription plans do you have", "can I pause it while I'm on holiday?"], "account", art=SU, mm=["3 months"])
C("en", ["hello", "where is my order HB-3104728?"], "order_status", cust="c-1001", mm=["JJD000390014725581"])
C("en", ["I ordered a grinder last week and it's not here", "the number is HB-3105688"], "order_status", cust="c-1007", mm=["92718830577"])
C("en", ["what grind for v60?", "and for espresso?"], "product_info", art=G, mm=["2-4"])
C("en", ["is the mahlwerk 64 good for espresso?", "how much is it?"], "product_info", mm=["549"])
C("en", ["can I pay with klarna?", "I'm in Italy btw"], "payment", art=PM, mm=["Austria and Germany"])
C("en", ["what's your refund policy", "ok and if I already opened the beans?"], "return_refund", art=R, mm=["sealed"])
C("en", ["where's your shop?", "are you open on saturdays?"], "other", art=CT, mm=["09:00-14:00"])
C("en", ["how do I cancel an order?", "ok never mind, it's fine. thanks!"], "thanks")
C("en", ["do you ship to switzerland?", "what about customs?"], "shipping", art=X, mm=["import VAT"])
C("en", ["my espresso is sour", "I use the Mahlwerk 64 on setting 6"], "product_info", art=G, mm=["2-4"])
C("en", ["can I buy a gift card?", "do they expire?"], "product_info", art=GC, mm=["5 years"])
C("en", ["hi there", "i'd like to talk to someone about opening a café account"], "human_request", esc=True)
C("en", ["hey", "actually nvm, bye"], "goodbye")
C("en", ["what's the status of HB-3105147?", "and HB-3105203?"], "order_status", cust="c-1003", mm=["cancelled"])
C("en", ["where is my order?", "HB-3105477"], "order_status", cust="c-1006", mm=["01505046891234"])
C("en", ["how much does the Kegel 83 cost", "ok and do you ship to Prague"], "shipping", art=S, mm=["7.90"])
C("en", ["how do I return something", "I'm in Germany, do I pay the postage?"], "return_refund", art=R, mm=["€15"])
C("en", ["do you service grinders?", "price?"], "product_info", art=RS, mm=["49"])
C("en", ["how long is the warranty on the doppio?", "what about the gaskets, are those covered?"], "product_info", art=W, mm=["Wear parts"])
C("en", ["how do I reset my password", "did that, no email came", "checked spam too. nothing. 4th try now, can someone just fix it"], "account", esc=True)
C("en", ["where is my order HB-3105388", "tracking says delivered on monday but I have nothing", "neighbours don't have it either and it's been 3 days. what now?"], "complaint", esc=True, art=DD, cust="c-1005")
C("en", ["my card gets declined", "3d secure is on and the address is right, tried twice", "still declined and paypal fails too. ugh"], "payment", esc=True)
C("en", ["my new grinder makes a clicking noise", "yes I removed the transport screw", "still clicking, it's brand new, this is so frustrating"], "complaint", esc=True, cust="c-1001")
C("en", ["what's the refund policy?", "ok. then I want a refund for HB-3104655 please"], "return_refund", esc=True, cust="c-1001")
C("en", ["do you have a phone number?", "I'd rather just talk to a person now, can you put me through"], "human_request", esc=True)
C("de", ["Hallo", "Was kostet der Versand nach Tschechien?"], "shipping", art=S, mm=["7.90"])
C("de", ["Wie entkalke ich meine Maschine?", "Ich habe eine Doppio Dual Boiler"], "product_info", art=D, mm=["Descaling Service"])
C("de", ["Hallo, ich habe eine Frage zu meinem Abo", "Kann ich eine Lieferung überspringen?"], "account", art=SU)
C("de", ["Wo ist meine Bestellung?", "HB-3104728"], "order_status", cust="c-1001", mm=["JJD000390014725581"])
C("de", ["Meine Mühle ist kaputt angekommen", "Ja, Bestellung HB-3104728. Ich will eine neue, bitte."], "complaint", esc=True, art=DD, cust="c-1001")
C("de", ["Was kostet die Barista Home 1?", "Und kann ich die im Laden abholen?"], "shipping", art=S, mm=["Lindengasse 27"])
C("it", ["Ciao", "spedite in Italia?", "quanto tempo ci vuole?"], "shipping", art=S, mm=["3-5"])
C("it", ["Dov'è il mio ordine HB-3105147?", "Posso cambiare l'indirizzo? Sarò in vacanza."], "order_status", esc=True, cust="c-1003")
C("fr", ["Bonjour", "Je voudrais parler à quelqu'un"], "human_request", esc=True)
C("es", ["Hola", "¿Cuánto cuesta el envío a España?"], "shipping", art=S, mm=["11.90"])
C("nl", ["Hallo", "Hoe lang duurt de levering naar België?"], "shipping", art=S, mm=["2-4"])
C("pl", ["Dzień dobry", "Chcę anulować zamówienie HB-3105569"], "return_refund", esc=True, cust="c-1001")


# ---------------------------------------------------------------- more escalations, phrased differently
for lang, text in [
    ("en", "Hi, I've got a warranty question that's a bit complicated, could I speak to someone from the workshop?"),
    ("en", "i dont want to chat with a machine. give me a person"),
    ("en", "Can a human being please look at my case? Thanks"),
    ("en", "speak to manager"),
    ("en", "I want to talk to the owner"),
    ("en", "please have someone email me back, it's about a wholesale contract for our hotel"),
    ("en", "yo can i get a real human on here"),
    ("en", "customer service representative please"),
    ("de", "Ich will mit einem echten Menschen sprechen, nicht mit einem Bot"),
    ("de", "Kundenservice bitte!"),
    ("de", "Kann mich bitte jemand von euch zurückrufen?"),
    ("it", "Mi passi un operatore umano per favore"),
    ("fr", "Est-ce que je peux parler avec quelqu'un de votre service client ?"),
    ("es", "Necesito hablar con alguien de atención al cliente"),
    ("nl", "Kan ik iemand van de klantenservice spreken?"),
    ("pl", "Proszę o kontakt z pracownikiem"),
    ("cs", "Chtěl bych mluvit s operátorem"),
    ("hu", "Kérem, kapcsoljon egy munkatárshoz"),
]:
    C(lang, text, "human_request", esc=True)

C("en", "the tamper in HB-3105012 - can you engrave it with 'Mia'? forgot to add that", "order_status", esc=True, cust="c-1002")
C("en", "Can you swap the Barista Home 1 in HB-3105420 for the Doppio Dual Boiler? I'll pay the difference", "order_status", esc=True, cust="c-1005")
C("en", "please refund the shipping on HB-3105147, it took way longer than you said", "return_refund", esc=True, cust="c-1003")
C("en", "I'd like to send back the Kegel 83 from HB-3105311, please arrange the freight pickup", "return_refund", esc=True, cust="c-1004")
C("en", "send the Kenya in HB-3105569 ground for V60 instead of whole beans", "order_status", esc=True, cust="c-1001")
C("de", "Ich habe bei HB-3105012 die falsche Maschine bestellt, bitte auf die Doppio Dual Boiler ändern", "order_status", esc=True, cust="c-1002")
C("it", "Voglio il rimborso dell'ordine HB-3105688", "return_refund", esc=True, cust="c-1007")
C("fr", "Pouvez-vous annuler et rembourser la commande HB-3105701 ?", "return_refund", esc=True, cust="c-1008")
C("es", "¿Podéis cambiar la dirección de envío del pedido HB-3105613?", "order_status", esc=True, cust="c-1003")

C("en", "my account shows someone else's name and address??", "account", esc=True)
C("de", "Ich habe eine Mail zur Passwortänderung bekommen, die ich nicht angefordert habe, und jetzt komme ich nicht mehr rein", "account", esc=True)
C("hu", "Valaki belépett a fiókomba és rendelt a nevemben", "account", esc=True)

for lang, text in [
    ("en", "Unbelievable. Third grinder with the same fault. I want my money back and I want it now."),
    ("en", "you people promised me a callback on monday and nobody called. pathetic"),
    ("en", "I'm so done with you. The beans were stale AGAIN"),
    ("de", "Ihr habt mir zweimal abgebucht und niemand reagiert! Unverschämt."),
    ("es", "Estoy harto, mi pedido lleva dos semanas de retraso y nadie me dice nada"),
    ("pl", "Jestem bardzo niezadowolony, ekspres przyszedł zepsuty i nikt nie odpisuje"),
    ("cs", "Tohle je naprosto nepřijatelné, už týden mi nikdo neodpovídá"),
]:
    C(lang, text, "complaint", esc=True)

C("en", "the glass jug of my filtro 8 was smashed in the box, please replace it", "complaint", esc=True, art=DD)
C("en", "got the parcel today, the Doppio has a broken drip tray and a big dent. I need this fixed", "complaint", esc=True, art=DD, cust="c-1008")
C("nl", "Mijn pakket is beschadigd aangekomen, de molen is kapot. Graag een nieuwe.", "complaint", esc=True, art=DD)
C("pl", "Paczka przyszła uszkodzona, proszę o wymianę", "complaint", esc=True, art=DD)
C("hu", "Sérülten érkezett a csomag, kérem cseréljék ki", "complaint", esc=True, art=DD)

C("en", ["how long is the warranty", "ok well my pump died after 6 months. I filled in your form a week ago and nobody got back to me. I need someone to look at this"], "complaint", esc=True)
C("en", ["can I change an order after placing it?", "ok then please change HB-3105420 to click & collect"], "order_status", esc=True, cust="c-1005")
C("de", ["Hallo", "Ich möchte meine Bestellung HB-3105613 stornieren"], "return_refund", esc=True, cust="c-1003")
C("en", ["do you ship to germany", "ok. also I need to speak to someone about an invoice"], "human_request", esc=True)


# ---------------------------------------------------------------- checks
def load_kb():
    arts = {}
    for path in sorted((KB / "articles").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        aid = path.stem
        m = re.match(r"---\n(.*?)\n---\n", text, re.S)
        if m:
            for line in m.group(1).splitlines():
                if line.startswith("id:"):
                    aid = line.split(":", 1)[1].strip()
        body = text[m.end():] if m else text
        if not body.startswith("# "):
            raise SystemExit(f"{path.name}: body must start with a '# Title' line")
        if aid in arts:
            raise SystemExit(f"duplicate article id {aid}")
        arts[aid] = text
    products = json.loads((KB / "products.json").read_text(encoding="utf-8"))
    orders = json.loads((KB / "orders.json").read_text(encoding="utf-8"))
    return arts, products, orders


def main():
    arts, products, orders = load_kb()
    by_id = {o["orderId"].upper(): o for o in orders}
    skus = {p["sku"] for p in products}
    for o in orders:
        for it in o["items"]:
            if it["sku"] not in skus:
                raise SystemExit(f"{o['orderId']}: unknown sku {it['sku']}")
    product_text = json.dumps(products, ensure_ascii=False).lower()

    def own_orders_text(cust):
        return json.dumps([o for o in orders if o["customerId"] == cust], ensure_ascii=False).lower()

    problems = []
    out = []
    for n, (lang, cust, msgs, intent, esc, art, mm, mnm) in enumerate(CASES, 1):
        cid = f"s7-{n:03d}"
        where = f"{cid} {msgs[-1]!r}"
        if intent not in INTENTS:
            problems.append(f"{where}: unknown intent {intent}")
        if art is not None and art not in arts:
            problems.append(f"{where}: no article {art}")
        source = arts.get(art, "").lower() if art else product_text + own_orders_text(cust)
        for s in mm:
            if s.lower() not in source:
                problems.append(f"{where}: mustMention {s!r} not in {art or 'product data / own orders'}")
        if art:
            for s in mnm:
                if s.lower() in source:
                    problems.append(f"{where}: mustNotMention {s!r} is in the expected article {art}")
        # Someone else's order: nothing the reply must say may come from it,
        # and its tracking number must be on the must-not list.
        for m in ORDER_ID.findall(" ".join(msgs)):
            o = by_id.get(m.upper())
            if o is None or o["customerId"] == cust:
                continue
            foreign = json.dumps(o, ensure_ascii=False).lower()
            for s in mm:
                if s.lower() in foreign and s.lower() not in product_text:
                    problems.append(f"{where}: mustMention {s!r} leaks {m} of {o['customerId']}")
            if o.get("trackingNumber") and o["trackingNumber"] not in mnm:
                problems.append(f"{where}: {m} belongs to {o['customerId']}; add its tracking number to mustNotMention")
        out.append({
            "id": cid,
            "customerId": cust,
            "messages": msgs,
            "expect": {"escalate": esc, "intent": intent, "article": art,
                       "mustMention": mm, "mustNotMention": mnm},
        })
    texts = Counter(tuple(c["messages"]) for c in out)
    problems += [f"duplicate case {list(t)!r}" for t, k in texts.items() if k > 1]
    unused = set(arts) - {c["expect"]["article"] for c in out}
    problems += [f"article {a} has no case" for a in sorted(unused)]
    if problems:
        print("\n".join(problems), file=sys.stderr)
        raise SystemExit(f"{len(problems)} problem(s); nothing written")

    with OUT.open("w", encoding="utf-8") as f:
        for c in out:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")

    total = len(out)
    esc = sum(c["expect"]["escalate"] for c in out)
    multi = sum(len(c["messages"]) > 1 for c in out)
    langs = Counter(case[0] for case in CASES)
    foreign = total - langs["en"]
    print(f"wrote {total} cases to {OUT.name}")
    print(f"escalate: {esc} ({100 * esc / total:.1f}%)  multi-turn: {multi}")
    print(f"other languages: {foreign} ({100 * foreign / total:.1f}%) " +
          ", ".join(f"{l} {k}" for l, k in langs.most_common() if l != "en"))
    print("intents: " + ", ".join(f"{i} {k}" for i, k in Counter(c["expect"]["intent"] for c in out).most_common()))
    print(f"with article: {sum(c['expect']['article'] is not None for c in out)}, "
          f"with mustMention: {sum(bool(c['expect']['mustMention']) for c in out)}")


if __name__ == "__main__":
    main()
