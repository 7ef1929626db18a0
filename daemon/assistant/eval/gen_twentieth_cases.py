#!/usr/bin/env python3
"""Generate twentieth-cases.jsonl: cases for the twentieth shop,
Hrnec & Pánev (online kitchenware and small-appliance shop with a
showroom, service workshop and cooking school at Karlínské náměstí 12,
Praha 8; sells pots and pans, knives, espresso machines and grinders,
mixers and spare parts, sharpens knives, repairs appliances, sells the
Klid+ extended warranty and instalments; ships to Czechia, Slovakia,
Poland, Hungary, Romania and Germany; prices in CZK and EUR).
KB: twentieth-kb/.  Run: python3 gen_twentieth_cases.py
The script writes the cases, then checks them against the KB and prints
the figures (cases, escalation share, other-language share, multi-turn share).
This shop is a tuning set: the customer lines are meant to be varied.

Order numbers look like HP251110-0871 (HP, the order date yymmdd, a dash,
a 4-digit counter).  Customers paste them in many ways ("hp2511100871",
"HP 251110 0871", "order 0871", "#HP251110-0871").  Sizes (28 cm, 5.5 l,
24 cm), power (1500 W, 1000 W), model names with digits ("Barista 870",
"Chef 20 knife", "KM 1000", "GR64", "Forno 16"), dates, phone numbers and
prices (12 990 Kč, €519) are not order numbers.

LABELLING RULES

Escalation (expect.escalate)
 E1  true for an explicit request for a person in any wording or language:
     "a human", a barista, the sharpener, "someone from the showroom", a
     callback, a named colleague, also right after an answered question.
 E2  true for a request to cancel, refund or change an existing order
     (cancel, change the address or the pickup point, add an item, swap
     an item inside the order for another size or colour, send the items
     in stock first, move a bulky delivery slot, resend a parcel, "I want
     my money back"), or to cancel or move a cooking class booking, cancel
     Klid+ or an instalment contract for the customer ("do it for me").
 E3  true for things only staff can do: a real double charge still there
     after 7 working days, a charge or an instalment taken after
     cancelling, a refund missing for weeks, store credit that vanished, a
     gift card that never arrived after checking spam, an order the
     customer did not place, a deletion that did not happen, a locked-out
     account after the reset steps, a company invoice still wrong after
     asking, a parcel marked delivered that the customer already looked
     for, a replacement that is broken too, a repaired machine broken
     again, a warranty claim with no answer past the deadline, knives
     lost or damaged by the sharpening service, a bulky-delivery crew that
     damaged something or did not come, a class refund that never came, a
     burn, a scald, a cut or an electric shock from a product, an
     appliance that smoked, sparked or melted, legal threats (ČOI,
     lawyers), complaints about a staff member, press and partnership
     requests.
 E4  true when the customer is stuck or frustrated across several turns
     ("that's not what I asked", the same question a third time).
 E5  false for questions about a policy even with "cancel", "refund",
     "person", "human", "call", "complaint" in them: the phone number,
     the e-mail, when people answer the chat, showroom hours, how to
     cancel a cooking class, how to cancel Klid+, what the return policy
     is, how a warranty claim works, "no I don't need a person, just tell
     me ...".  A first report of a parcel that arrived damaged, of a
     parcel marked delivered, of a late parcel, of a wrong item or of an
     appliance that stopped working gets the steps of the page (false).
     General safety questions (what to do with a burn, is it normal that
     the steam wand is hot) get the page (false); an actual burn, shock
     or injury is E3.

Intent (expect.intent)
     order_status: a named order (where, status, tracking, when), cancelling
       or changing an order, resending it, the bulky delivery of an order.
     return_refund: returns, exchanges, refunds, money back, warranty claims
       (reklamace), Klid+ claims, a repair that failed again, a missing
       refund.
     shipping: countries, prices, times, carriers, express, pickup points,
       bulky delivery and carrying in, a late parcel without an order number.
     product_info: pots, pans, knives, appliances and their use and care,
       descaling, espresso and grinding, plugs and voltage, stock and
       pre-orders, spare parts, paid repairs, Klid+ (what it is, buying and
       cancelling it), knife sharpening, cooking classes (booking,
       cancelling, vouchers), general safety questions.
     payment: payment methods, instalments, charges, double charges,
       currencies, prices and discount codes, invoices and company
       purchases, gift cards and store credit.
     account: login, password, details, privacy and deletion, an order the
       customer did not place.
     complaint: something went wrong (arrived damaged, missing, delivered-not-
       received, a burn, shock or injury, staff, legal threat, frustration)
       when the turn does not ask for a person.
     human_request: the judged turn only asks for a person / callback (also
       press or partnership contact).  When it also states a concrete
       problem, the problem's intent is used.
     other: contact details, chat and phone hours, showroom hours and
       address, things outside the shop.  greeting / thanks / goodbye for
       small talk.

Article (expect.article)
     The page that answers the judged turn.  Product facts and order facts
     come from the data (article null).  A hand-over keeps the page that
     governs the matter raised in the conversation; it is null when only a
     person is asked for or no page governs (unknown order, staff, legal,
     an order the customer did not place).

mustMention: short exact strings from the governing page (or the data when
the article is null); non-English turns use only numbers, prices, e-mail
addresses, phone numbers, web addresses and tracking numbers.  Hand-overs
carry none.  Prices of 1 000 Kč and more are written with a space on the
pages ("1 490 Kč"); product prices in the data are given by their euro
price ("€519") or by a figure from the description.
mustNotMention: other customers' data and facts the reply must not invent.
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import casekit  # the shared case helper, writer and self-check

shop = casekit.Shop("twentieth", "t20", anon=2100, langs={"cs", "sk", "pl", "hu", "ro", "de", "uk"})
c = shop.c

PH = "+420 228 884 310"
MAIL = "podpora@hrnecapanev.cz"
SERVIS = "servis@hrnecapanev.cz"

# ---------------------------------------------------------------- small talk
for m, it, l in [
    ("hi", "greeting", "en"), ("hello!", "greeting", "en"), ("hey there", "greeting", "en"),
    ("dobrý den", "greeting", "cs"), ("ahoj :)", "greeting", "cs"), ("dobry den", "greeting", "cs"),
    ("dobrý deň", "greeting", "sk"), ("dzień dobry", "greeting", "pl"), ("cześć", "greeting", "pl"),
    ("jó napot", "greeting", "hu"), ("szia", "greeting", "hu"), ("bună ziua", "greeting", "ro"),
    ("servus", "greeting", "de"), ("guten Morgen", "greeting", "de"),
    ("thanks, that helps", "thanks", "en"), ("cheers!", "thanks", "en"),
    ("děkuju moc", "thanks", "cs"), ("ďakujem pekne", "thanks", "sk"),
    ("dziękuję bardzo", "thanks", "pl"), ("köszönöm szépen", "thanks", "hu"), ("mulțumesc frumos", "thanks", "ro"),
    ("danke, hat geholfen", "thanks", "de"),
    ("bye", "goodbye", "en"), ("na shledanou", "goodbye", "cs"), ("hezký den, čau", "goodbye", "cs"),
    ("do widzenia", "goodbye", "pl"), ("viszlát", "goodbye", "hu"), ("la revedere", "goodbye", "ro"),
    ("tschüss, schönen Abend", "goodbye", "de"),
]:
    c(m, False, it, None, l=l)

# ------------------------------------------- contact, phone and chat hours
for m, mm, l in [
    ("what's your phone number?", [PH], "en"),
    ("whats the customer service email", [MAIL], "en"),
    ("when is the chat answered by actual people", ["8:00–19:00"], "en"),
    ("is anyone on the chat on saturday?", ["9:00–14:00"], "en"),
    ("until what time can I call you on weekdays", ["8:00–18:00"], "en"),
    ("do you speak english on the phone? my czech is basically 'pivo prosím'", ["English"], "en"),
    ("how does the call me back thing work", ["hrnecapanev.cz/zavolejte-mi"], "en"),
    ("no need for a person, just tell me which email handles warranty stuff", [SERVIS], "en"),
    ("I'm not asking to talk to anyone, I just need the address for privacy requests", ["soukromi@hrnecapanev.cz"], "en"),
    ("whats your IČO? need it for our expense system", ["08417263"], "en"),
    ("jaké máte telefonní číslo na zákaznický servis?", [PH], "cs"),
    ("na jaký mail vám mám napsat?", [MAIL], "cs"),
    ("do kolika je v chatu živý člověk?", ["19:00"], "cs"),
    ("aké máte telefónne číslo?", [PH], "sk"),
    ("jaki jest numer telefonu do obsługi klienta?", [PH], "pl"),
    ("milyen e-mail címre írhatok?", [MAIL], "hu"),
    ("care este adresa de e-mail pentru clienți?", [MAIL], "ro"),
    ("wann ist der Chat mit Mitarbeitern besetzt?", ["8:00"], "de"),
]:
    c(m, False, "other", "contact", mm, l=l)

# ------------------------------------------------------------ the showroom
for m, mm, l in [
    ("where is your shop in prague", ["Karlínské náměstí 12"], "en"),
    ("what time does the showroom close on saturday?", ["9:00–15:00"], "en"),
    ("are you open on sundays", ["closed"], "en"),
    ("can i try the espresso machines before buying? I'm in prague next week", ["coffee bar"], "en"),
    ("which metro stop is closest to the showroom", ["Křižíkova"], "en"),
    ("if I choose pickup in karlín, how soon can I collect?", ["2 hours"], "en"),
    ("is there parking near the showroom? buying a pizza oven", ["Corso Karlín"], "en"),
    ("jakou máte otevírací dobu v Karlíně?", ["10:00–19:00"], "cs"),
    ("jak dlouho mi podržíte objednávku na osobní odběr?", ["10"], "cs"),
    ("kde presne je vaša predajňa?", ["12"], "sk"),
    ("Haben Sie samstags geöffnet?", ["9:00–15:00"], "de"),
]:
    c(m, False, "other", "showroom", mm, l=l)

# ---------------------------------------------------------- outside the shop
for m, l in [
    ("what's the weather in prague this weekend", "en"),
    ("tell me a joke", "en"),
    ("any good pubs near karlín?", "en"),
    ("jaké bude zítra počasí v Praze?", "cs"),
    ("kto vyhral včera hokej?", "sk"),
    ("jaka jest stolica Australii?", "pl"),
    ("mesélj egy viccet", "hu"),
    ("Wie wird das Wetter morgen in Dresden?", "de"),
]:
    c(m, False, "other", None, l=l)

# ------------------------------------------------------------------ delivery
for m, mm, l in [
    ("how much is shipping in czechia?", ["79 Kč"], "en"),
    ("from what amount is delivery free in CZ", ["1 500 Kč"], "en"),
    ("do you ship to germnay, how much", ["€6.90"], "en"),
    ("shipping to romania cost?", ["€7.90"], "en"),
    ("do you deliver to hungary and how long does it take", ["3–4 working days"], "en"),
    ("if i order at noon does it go out today?", ["13:00"], "en"),
    ("is there express delivery? need a kettle by tomorrow, I'm in Plzeň", ["169 Kč"], "en"),
    ("can you ship to vienna?", ["Austria"], "en"),
    ("can i have it sent to a packstation in berlin", ["Packstation"], "en"),
    ("how long does the parcel wait in a paczkomat", ["48 hours"], "en"),
    ("kolik stojí doprava na Zásilkovnu?", ["79 Kč"], "cs"),
    ("dobry den, potrebuju kavovar do patku, mame v praci oslavu a kolega ho chce jako darek, kdyz ho objednam dneska odpoledne kolem druhe, stihne se to jeste?", ["13:00"], "cs"),
    ("koľko stojí doprava na Slovensko?", ["€3.90"], "sk"),
    ("ile kosztuje wysyłka do Polski?", ["€4.90"], "pl"),
    ("mennyi a szállítás Magyarországra?", ["€5.90"], "hu"),
    ("cât costă livrarea în România și în cât timp ajunge?", ["€7.90"], "ro"),
    ("Ab welchem Betrag ist der Versand nach Deutschland kostenlos?", ["€90"], "de"),
    ("Liefert ihr auch in die Schweiz?", [], "de"),
]:
    c(m, False, "shipping", "delivery", mm, l=l)

# ------------------------------------------------------------ bulky items
for m, mm, l in [
    ("how is the barista duo delivered? it's 26 kg", ["two-person"], "en"),
    ("do you carry the cookware set up to the 4th floor? no lift", ["any floor"], "en"),
    ("what does delivery of the pizza oven cost to brno", ["390 Kč"], "en"),
    ("bulky delivery to germany, do they bring it inside?", ["kerb"], "en"),
    ("can your guys take my old espresso machine away when they bring the new one", ["free"], "en"),
    ("what if I miss the delivery window for a big item", ["290 Kč"], "en"),
    ("kolik stojí doručení nadrozměrného zboží mimo Prahu?", ["590 Kč"], "cs"),
    ("vynesete mi pizza pec do třetího patra? a kolik to stojí v Praze", ["390 Kč"], "cs"),
    ("ile kosztuje dostawa wózka kuchennego do Polski?", ["€49"], "pl"),
    ("mennyi idő alatt érkezik a nagyméretű csomag Magyarországra?", ["5–10"], "hu"),
    ("Wie viel kostet die Speditionslieferung nach Deutschland?", ["€49"], "de"),
]:
    c(m, False, "shipping", "bulky-delivery", mm, l=l)

# ------------------------------------------------------------------- returns
for m, mm, l in [
    ("whats your return policy", ["30 days"], "en"),
    ("can I return a pan I haven't used? I ordered the wrong size", ["30 days"], "en"),
    ("I used the espresso machine for a couple of days and don't like it, can I still send it back?", ["490 Kč"], "en"),
    ("can i return a knife after you sharpened it", ["never sharpened"], "en"),
    ("how do I return something from germany, do I pay the label?", ["€5.90"], "en"),
    ("how long until I get my refund after you receive the return", ["14 days"], "en"),
    ("I have the 24 cm pan but want the 28 cm, how do I swap? haven't ordered anything yet for the swap", ["Exchange"], "en"),
    ("can I return stuff in the showroom instead of posting it", ["free"], "en"),
    ("jak dlouho mám na vrácení zboží?", ["30"], "cs"),
    ("dobrý den, koupila jsem si u vás v říjnu kuchyňského robota KM 1000, vyzkoušela jsem ho jednou na těsto na vánočky a zjistila jsem, že je na mou malou kuchyň moc velký a hlučný. krabici mám ještě celou. můžu ho vrátit a jak na to?", ["hrnecapanev.cz/vraceni"], "cs"),
    ("do kedy môžem vrátiť tovar a je to zadarmo zo Slovenska?", ["30"], "sk"),
    ("ile mam czasu na zwrot i ile kosztuje etykieta z Polski?", ["€5.90"], "pl"),
    ("pot returna espressorul dacă l-am folosit o dată?", ["€20"], "ro"),
    ("Wie lange habe ich Zeit für eine Rücksendung?", ["30"], "de"),
]:
    c(m, False, "return_refund", "returns", mm, l=l)

# ------------------------------------------------- order changes, the policy
for m, mm, l in [
    ("how long do i have to cancel an order? not now, just asking", ["1 hour"], "en"),
    ("if I cancel an order, when is the money back on my card", ["3–5 working days"], "en"),
    ("can I change my delivery address myself in my account after ordering?", ["cannot change an order yourself"], "en"),
    ("jak dlouho můžu objednávku ještě zrušit?", [], "cs"),
    ("dá sa objednávka zmeniť po odoslaní?", [], "sk"),
    ("Bis wann kann ich eine Bestellung stornieren?", ["16:00"], "de"),
]:
    c(m, False, "order_status", "order-changes", mm, l=l)

# ------------------------------------------------------------------ warranty
for m, mm, l in [
    ("how long is the warranty on an espresso machine?", ["3 years"], "en"),
    ("my kettle stopped heating, bought it 14 months ago. what do I do?", ["hrnecapanev.cz/reklamace"], "en"),
    ("the non-stick coating on my pan is peeling after a year, is that covered", ["2 years"], "en"),
    ("is limescale damage covered by warranty?", ["limescale"], "en"),
    ("do I get a replacement machine while mine is in for repair?", ["loan"], "en"),
    ("how long does a warranty repair take", ["30 days"], "en"),
    ("we use your grinder in our small café, what's the warranty", ["1 year"], "en"),
    ("můj mixér přestal fungovat, koupený loni. jak to reklamovat?", ["hrnecapanev.cz/reklamace"], "cs"),
    ("dobry den, kavovar Barista 870 zacal tect zespod, je mu rok a pul, co mam delat", [SERVIS], "cs"),
    ("ekspres przestał robić kawę, jak złożyć reklamację z Polski?", ["hrnecapanev.cz/reklamace"], "pl"),
    ("a vízforraló nem kapcsol be, mit tegyek?", ["hrnecapanev.cz/reklamace"], "hu"),
    ("Meine Küchenmaschine macht seit gestern ein lautes Geräusch beim Kneten, sie ist 8 Monate alt. Was muss ich tun?", ["hrnecapanev.cz/reklamace"], "de"),
]:
    c(m, False, "return_refund", "warranty", mm, l=l)

# ------------------------------------------------------------------- repairs
for m, mm, l in [
    ("my espresso machine is 4 years old and the pump is loud, do you repair out of warranty?", ["390 Kč"], "en"),
    ("how much does a full service of an espresso machine cost", ["1 290 Kč"], "en"),
    ("can you repair a machine I bought somewhere else", ["brand"], "en"),
    ("what warranty do I get on a paid repair", ["6-month"], "en"),
    ("kolik stojí výměna čerpadla v kávovaru?", ["1 890 Kč"], "cs"),
    ("ile kosztuje odbiór sprzętu do naprawy z Polski?", ["€12"], "pl"),
    ("Was kostet eine Reparatur nach der Garantie?", ["€16"], "de"),
]:
    c(m, False, "product_info", "repairs", mm, l=l)

# -------------------------------------------------------------------- Klid+
for m, mm, l in [
    ("what is klid+?", ["5 years"], "en"),
    ("does klid plus cover it if I drop the machine", ["500 Kč"], "en"),
    ("how much is Klid+ for a barista 870", ["1 299 Kč"], "en"),
    ("I didn't take Klid+ when I ordered, can I still add it?", ["30 days"], "en"),
    ("how do I cancel klid+? not now, just wondering", ["Cancel plan"], "en"),
    ("does klid+ cover theft", ["theft"], "en"),
    ("can I buy Klid+ for my cast iron pot", ["cookware"], "en"),
    ("co přesně kryje Klid+ a kolik stojí?", ["10%"], "cs"),
    ("dá sa Klid+ dokúpiť aj neskôr?", ["30"], "sk"),
    ("Was kostet Klid+ und was deckt es ab?", ["10%"], "de"),
]:
    c(m, False, "product_info", "klid-plus", mm, l=l)

# ------------------------------------------------------ knife sharpening
for m, mm, l in [
    ("how much to sharpen a chef's knife", ["190 Kč"], "en"),
    ("do you sharpen japanese knives on whetstones?", ["390 Kč"], "en"),
    ("can you sharpen a bread knife", ["290 Kč"], "en"),
    ("how long does knife sharpening take in the showroom", ["3 working days"], "en"),
    ("can I send knives by post from slovakia for sharpening?", ["149 Kč"], "en"),
    ("do you sharpen ceramic knives", ["ceramic"], "en"),
    ("I bought the santoku from you in spring, is sharpening free?", ["once for free"], "en"),
    ("kolik stojí broušení nože?", ["190 Kč"], "cs"),
    ("jak poslat nože na broušení poštou?", ["hrnecapanev.cz/brouseni"], "cs"),
    ("ako dlho trvá brúsenie nožov poštou?", ["5–7"], "sk"),
    ("czy mogę wysłać noże do ostrzenia z Krakowa?", [], "pl"),
    ("Kann ich meine Messer aus München zum Schleifen schicken?", [], "de"),
]:
    c(m, False, "product_info", "knife-sharpening", mm, l=l)

# ------------------------------------------- safety, general questions only
for m, mm, l in [
    ("what should I do if I burn myself on the steam wand? just asking, it's really hot", ["20 minutes"], "en"),
    ("is it normal that my new toaster smells a bit the first time?", ["normal"], "en"),
    ("my pan handle gets hot in the oven, is that normal", ["oven glove"], "en"),
    ("where can I see if a product was recalled", ["hrnecapanev.cz/stazeni"], "en"),
    ("co dělat při popálení? ptám se obecně, učím děti vařit", ["20"], "cs"),
    ("Ist es normal, dass die Brühgruppe so heiß wird?", [], "de"),
]:
    c(m, False, "product_info", "safety", mm, l=l)

# --------------------------------------------------------------- instalments
for m, mm, l in [
    ("can i pay for the barista 870 in instalments?", ["Rozložto"], "en"),
    ("is there interest on the 0% instalments", ["no fees"], "en"),
    ("minimum order for instalments?", ["3 000 Kč"], "en"),
    ("can I get instalments in germany", ["Czechia and Slovakia"], "en"),
    ("when is the first instalment due", ["one month"], "en"),
    ("who do I contact about my instalment dates", ["+420 225 990 777"], "en"),
    ("if I return something bought on instalments what happens to the loan", ["5 working days"], "en"),
    ("the instalment application got rejected, what happens to my order", ["5 days"], "en"),
    ("jde koupit kávovar na splátky bez navýšení?", ["5 000 Kč"], "cs"),
    ("dá sa kúpiť mlynček na splátky na Slovensku?", [], "sk"),
    ("czy mogę kupić na raty w Polsce?", [], "pl"),
    ("Kann ich in Raten zahlen?", [], "de"),
]:
    c(m, False, "payment", "instalments", mm, l=l)

# ------------------------------------------------------------------- payment
for m, mm, l in [
    ("what payment methods do u take", ["PayPal"], "en"),
    ("can i pay cash on delivery? how much extra", ["39 Kč"], "en"),
    ("do you take amex", ["American Express"], "en"),
    ("when is my card charged", ["place the order"], "en"),
    ("I paid by bank transfer, how long do you wait for it", ["5 days"], "en"),
    ("i see 2 payments for one order on my card, is that a mistake? ordered yesterday", ["3–7 working days"], "en"),
    ("my payment failed, how do I pay again", ["Pay again"], "en"),
    ("kolik stojí dobírka?", ["39 Kč"], "cs"),
    ("koľko stojí dobierka na Slovensko?", ["€1.50"], "sk"),
    ("czy mogę zapłacić BLIKiem?", [], "pl"),
    ("pot plăti cu PayPal?", [], "ro"),
    ("Kann ich per Nachnahme bezahlen?", [], "de"),
]:
    c(m, False, "payment", "payment", mm, l=l)

# ------------------------------------------------- prices and currencies
for m, mm, l in [
    ("can I pay in złoty?", ["euros"], "en"),
    ("does the price include VAT", ["21%"], "en"),
    ("how do I get the newsletter discount, does it work on espresso machines?", ["10%"], "en"),
    ("the mixer is cheaper now than when I bought it last week, do I get the difference?", ["30 days"], "en"),
    ("can I use two discount codes?", ["One discount code"], "en"),
    ("zapomněl jsem zadat slevový kód, jde to přidat?", [], "cs"),
    ("w jakiej walucie płacę z Polski?", [], "pl"),
    ("prețurile sunt în lei sau euro?", [], "ro"),
]:
    c(m, False, "payment", "prices-currency", mm, l=l)

# ------------------------------------------------------------------ invoices
for m, mm, l in [
    ("where do I download my invoice", ["My orders"], "en"),
    ("we are a german company with a VAT number, do we pay czech VAT?", ["reverse-charge"], "en"),
    ("I forgot to put our company on the invoice, ordered last week, can it be fixed?", ["faktury@hrnecapanev.cz"], "en"),
    ("can our restaurant pay on invoice?", ["14 days"], "en"),
    ("potřebuju fakturu na firmu, kam zadám IČO?", [], "cs"),
    ("zabudol som uviesť IČ DPH na faktúru, čo teraz?", ["faktury@hrnecapanev.cz"], "sk"),
    ("Brauchen Sie meine USt-IdNr. für eine Rechnung ohne Mehrwertsteuer?", [], "de"),
]:
    c(m, False, "payment", "invoices", mm, l=l)

# ---------------------------------------------------------------- gift cards
for m, mm, l in [
    ("how long is a gift card valid", ["2 years"], "en"),
    ("how do I check my gift card balance", ["hrnecapanev.cz/darkove-karty"], "en"),
    ("can I use a gift card for a cooking class?", ["cooking classes"], "en"),
    ("my friend in slovakia got a czk gift card, can she use it?", ["CZK"], "en"),
    ("where do i see my store credit from the return", ["Kredit"], "en"),
    ("jak dlouho platí dárkový poukaz?", ["2"], "cs"),
    ("ile może wynosić karta podarunkowa w euro?", ["€400"], "pl"),
    ("Wie lange ist ein Gutschein gültig?", ["2"], "de"),
]:
    c(m, False, "payment", "gift-cards", mm, l=l)

# ------------------------------------------------------------------- account
for m, mm, l in [
    ("forgot my pasword", ["Forgot password?"], "en"),
    ("the reset link says it's expired", ["60 minutes"], "en"),
    ("I never get the password email", ["spam"], "en"),
    ("my account is locked after too many tries", ["15 minutes"], "en"),
    ("how do I change my email address", ["My details"], "en"),
    ("I ordered as a guest, can I see that order in a new account?", ["same e-mail address"], "en"),
    ("zapomněla jsem heslo", [], "cs"),
    ("nemôžem sa prihlásiť do účtu", [], "sk"),
    ("Ich habe mein Passwort vergessen", ["60"], "de"),
]:
    c(m, False, "account", "account", mm, l=l)

# ------------------------------------------------------------------- privacy
for m, mm, l in [
    ("how do I delete my account", ["Delete account"], "en"),
    ("how long do you keep my invoices after I delete the account", ["10 years"], "en"),
    ("what happens to the allergy info I gave for the cooking class", ["30 days"], "en"),
    ("do you sell my data to anyone", ["never sell"], "en"),
    ("jak smazat svůj účet a osobní údaje?", ["soukromi@hrnecapanev.cz"], "cs"),
    ("Ich möchte eine DSGVO-Auskunft, wohin schreibe ich?", ["soukromi@hrnecapanev.cz"], "de"),
]:
    c(m, False, "account", "privacy", mm, l=l)

# ---------------------------------------------------------- cooking classes
for m, mm, l in [
    ("how much is the pasta class", ["1 490 Kč"], "en"),
    ("do you have cooking classes in english?", ["in English"], "en"),
    ("how many people are in a class", ["12 participants"], "en"),
    ("how do i cancel my class booking? not yet, just need to know", ["Cancel booking"], "en"),
    ("if I cancel my class 5 days before, do I get money back?", ["50%"], "en"),
    ("can't make it tomorrow evening, can a friend go instead of me?", ["kurzy@hrnecapanev.cz"], "en"),
    ("I'm vegan and have a nut allergy, when do I tell you for the class", ["3 days"], "en"),
    ("we're 10 colleagues, do you do teambuilding cooking?", ["kurzy@hrnecapanev.cz"], "en"),
    ("is there a baking class for kids? my son is 9", ["690 Kč"], "en"),
    ("kolik stojí kurz latte art?", ["990 Kč"], "cs"),
    ("jak zruším rezervaci kurzu? jen se ptám, možná nebudu moct", [], "cs"),
    ("když kurz zruším týden předem, dostanu peníze zpět?", ["7"], "cs"),
    ("máte kurz na svíčkovou? kolik stojí", ["1 590 Kč"], "cs"),
    ("robíte kurzy varenia aj pre firmy?", ["kurzy@hrnecapanev.cz"], "sk"),
    ("Gibt es Kochkurse auf Englisch und wie buche ich?", ["hrnecapanev.cz/kurzy"], "de"),
]:
    c(m, False, "product_info", "cooking-classes", mm, l=l)

# ------------------------------------------------------------- spare parts
for m, mm, l in [
    ("where do I find spare parts for my machine", ["hrnecapanev.cz/dily"], "en"),
    ("where is the model number on my espresso machine", ["rating plate"], "en"),
    ("the glass lid of my pot broke, can I buy just the lid?", ["glass lids"], "en"),
    ("the part I need isn't listed, can you order it?", ["2–4 weeks"], "en"),
    ("how much is shipping for a small gasket", ["49 Kč"], "en"),
    ("sháním těsnění ke kávovaru, kde ho najdu?", ["hrnecapanev.cz/dily"], "cs"),
    ("gdzie znajdę części zamienne do ekspresu?", ["hrnecapanev.cz/dily"], "pl"),
    ("Wie viel kostet der Versand für ein kleines Ersatzteil nach Deutschland?", ["€3.50"], "de"),
]:
    c(m, False, "product_info", "spare-parts", mm, l=l)

# ---------------------------------------------------------------- descaling
for m, mm, l in [
    ("how often should I descale my espresso machine in prague", ["2 months"], "en"),
    ("can i use vinegar to descale", ["vinegar"], "en"),
    ("how do i start the descaling program on the barista 870", ["5 seconds"], "en"),
    ("how long does the descaling take", ["25 minutes"], "en"),
    ("the descale light is on, what do I do", ["Citro"], "en"),
    ("do i descale the barista duo myself", ["annual service"], "en"),
    ("jak odvápnit Baristu 870? kolik odvápňovače dát do nádržky", ["250 ml"], "cs"),
    ("milyen gyakran kell vízkőteleníteni a kávéfőzőt?", [], "hu"),
    ("Kann ich mit Essig entkalken?", [], "de"),
]:
    c(m, False, "product_info", "descaling", mm, l=l)

# ---------------------------------------------------------- cookware care
for m, mm, l in [
    ("how do I know if my pan works on induction", ["magnet"], "en"),
    ("can non-stick pans go in the oven", ["180 °C"], "en"),
    ("my cast iron pan got rusty, is it ruined?", ["220 °C"], "en"),
    ("white spots inside my stainless pot, how to remove", ["vinegar"], "en"),
    ("everything sticks to my non-stick pan now", ["worn out"], "en"),
    ("can I put my non-stick pan in the dishwasher", ["by hand"], "en"),
    ("jak vypálit litinovou pánev?", ["220 °C"], "cs"),
    ("do kolika stupňů můžu dát nerezový hrnec do trouby?", ["250 °C"], "cs"),
    ("Darf der Gusseisentopf in den Backofen?", ["300 °C"], "de"),
]:
    c(m, False, "product_info", "cookware-care", mm, l=l)

# ------------------------------------------------------------- knife care
for m, mm, l in [
    ("can knives go in the dishwasher", ["dishwasher"], "en"),
    ("how do I use a honing steel", ["15–20°"], "en"),
    ("my damascus knife has little rust spots", ["baking soda"], "en"),
    ("which knife should i buy first, I cook a lot of veg", ["Chef's knife 20 cm"], "en"),
    ("jak dlouho namáčet brusný kámen?", ["10"], "cs"),
]:
    c(m, False, "product_info", "knife-care", mm, l=l)

# ----------------------------------------------------------------- espresso
for m, mm, l in [
    ("my espresso tastes sour, what am I doing wrong", ["grind finer"], "en"),
    ("shots taste bitter and take 40 seconds", ["grind coarser"], "en"),
    ("how much coffee in the double basket", ["18 g"], "en"),
    ("how hot should the milk be for a latte", ["60–65 °C"], "en"),
    ("water is leaking around the portafilter", ["gasket"], "en"),
    ("how long does the barista duo take to heat up", ["15 minutes"], "en"),
    ("new grinder, coffee tastes flat, does it need breaking in?", ["1 kg"], "en"),
    ("kolik kávy dát do dvojitého sítka?", ["18"], "cs"),
    ("espresso leci za szybko, 15 sekund, co robić?", [], "pl"),
    ("Wie lange sollte ein Espresso durchlaufen?", ["25–30"], "de"),
]:
    c(m, False, "product_info", "espresso-guide", mm, l=l)

# ---------------------------------------------------------- plugs, voltage
for m, mm, l in [
    ("will the kettle work in germany with a schuko socket?", ["type E/F"], "en"),
    ("moving to the US next year, will my espresso machine work there?", ["100–120 V"], "en"),
    ("can I plug the blender into an extension lead with the toaster", ["wall socket"], "en"),
    ("Brauche ich in Deutschland einen Adapter?", ["230 V"], "de"),
]:
    c(m, False, "product_info", "plugs-voltage", mm, l=l)

# ---------------------------------------------------------- stock, pre-orders
for m, mm, l in [
    ("what does 'na objednávku' mean on the product page", ["5–10 working days"], "en"),
    ("the mixer bowl is sold out, can I get notified?", ["Notify me"], "en"),
    ("is a pre-order charged right away?", ["paid when you order"], "en"),
    ("Was bedeutet Vorbestellung, wann wird bezahlt?", [], "de"),
]:
    c(m, False, "product_info", "stock-preorders", mm, l=l)

# ------------------------------------ delivery problems, the first report
for m, mm, it, l in [
    ("my pan arrived with a big dent in the rim", ["3 working days"], "complaint", "en"),
    ("the glass lid in my cookware set was smashed when I opened the box", ["Report a problem"], "complaint", "en"),
    ("tracking says delivered but there's nothing at my door", ["next working day"], "complaint", "en"),
    ("ok so PPL sent me a text at 11:40 that the parcel was delivered, but I've been home all morning working from the kitchen and nobody rang. nothing by the door, nothing with the neighbours I know. is it lost?? what now", ["next working day"], "complaint", "en"),
    ("I ordered a black mixer and got a red one", ["14 days"], "complaint", "en"),
    ("only the pan came, the lid is missing", ["two parcels"], "complaint", "en"),
    ("my parcel hasn't moved in tracking for a week", ["5 working days"], "shipping", "en"),
    ("I didn't pick up my parcel in time and it went back, what now?", ["normal shipping price"], "shipping", "en"),
    ("kávovar přišel s prasklou nádržkou na vodu", [MAIL], "complaint", "cs"),
    ("podle sledování doručeno, ale balík nemám", [], "complaint", "cs"),
    ("přišla mi jiná barva hrnce, než jsem objednala", ["14"], "complaint", "cs"),
    ("balík prišiel poškodený, panvica je prehnutá", [MAIL], "complaint", "sk"),
    ("paczka oznaczona jako dostarczona, ale jej nie mam", [], "complaint", "pl"),
    ("a csomag sérülten érkezett", ["3"], "complaint", "hu"),
    ("coletul a ajuns deteriorat, capacul de sticlă e spart", [MAIL], "complaint", "ro"),
    ("Laut DHL zugestellt, aber ich habe nichts bekommen", [], "complaint", "de"),
    ("Mein Paket ist seit einer Woche unterwegs und bewegt sich nicht", ["5"], "shipping", "de"),
]:
    c(m, False, it, "delivery-problems", mm, l=l)
# an appliance that stopped working, the first report: the warranty page
for m, mm, l in [
    ("my grinder suddenly stopped working mid-grind, it's 5 months old", ["hrnecapanev.cz/reklamace"], "en"),
    ("mixér KM 1000 se přestal točit, je mu půl roku. co teď?", ["hrnecapanev.cz/reklamace"], "cs"),
    ("ekspres Barista Mini nie grzeje wody, ma 10 miesięcy", [SERVIS], "pl"),
]:
    c(m, False, "return_refund", "warranty", mm, l=l)

# ------------------------------------------------- products (data answers)
for m, mm, l in [
    ("how much is the barista 870", ["€519"], "en"),
    ("is the barista 870 1500 W? and how big is the tank", ["2 l"], "en"),
    ("what's the bowl size on the KM 1000 mixer", ["5.5 l"], "en"),
    ("is the Chef 20 knife full tang? what steel", ["X50CrMoV15"], "en"),
    ("what hardness is the santoku damascus", ["61 HRC"], "en"),
    ("does the nerez+ 28 cm pan work on induction", ["induction"], "en"),
    ("how heavy is the cast iron skillet", ["2.6 kg"], "en"),
    ("which colours does the 4.2 l casserole come in", ["sage"], "en"),
    ("how hot does the forno 16 pizza oven get", ["500 °C"], "en"),
    ("does the 5.5 l stockpot have a glass lid", ["glass lid"], "en"),
    ("what burrs does the GR64 grinder have", ["64 mm"], "en"),
    ("is the dual boiler plumb-in capable", ["plumb-in"], "en"),
    ("which espresso machines does the 58 mm tamper fit", ["Barista Duo"], "en"),
    ("kolik stojí Citro odvápňovač?", ["249"], "cs"),
    ("kolik stojí pánev Nerez+ 24 cm?", ["890"], "cs"),
    ("jaký příkon má mixér na smoothie?", ["1500 W"], "cs"),
    ("ile kosztuje nóż do chleba?", ["€36"], "pl"),
    ("mennyibe kerül a kézi daráló?", ["€92"], "hu"),
    ("cât costă cuțitul de bucătar Chef 20?", ["€48"], "ro"),
    ("Was kostet die Barista Mini 350?", ["€259"], "de"),
    ("Wie viele Temperaturstufen hat der Wasserkocher?", ["5"], "de"),
]:
    c(m, False, "product_info", None, mm, l=l)
c("is the spare bowl for the KM 1000 in stock?", False, "product_info", None)
c("máte skladem náhradní mísu ke KM 1000?", False, "product_info", None, l="cs")

# ------------------------------------------------------- order status (data)
for m, mm, mnm, l, cu in [
    ("where is my order HP251110-0871?", ["shipped", "Z4081736152"], [], "en", "u2001"),
    ("hp2511100871 tracking pls", ["Z4081736152"], [], "en", "u2001"),
    ("did the 28 cm pan I ordered in september arrive?", ["delivered"], [], "en", "u2001"),
    ("kde je moje objednávka HP 251110 0871?", ["Z4081736152"], [], "cs", "u2001"),
    ("kde je môj robot? objednávka #HP251108-1204", ["Z4079915530"], [], "sk", "u2002"),
    ("has order 0440 been sent yet? the chef knife and the steel", ["paid"], [], "en", "u2003"),
    ("objednávka HP251113-0112 je pořád nezaplacená?", [], [], "cs", "u2004"),
    ("gdzie jest moje zamówienie 1266?", ["602677150338452119904476"], [], "pl", "u2021"),
    ("hol tart a rendelésem? HP251105-0923", ["20847193650"], [], "hu", "u2006"),
    ("unde este comanda mea HP251112-0748?", [], [], "ro", "u2023"),
    ("Wo ist meine Bestellung hp 251109 1388?", ["00340434161094042557"], [], "de", "u2008"),
    ("when will the barista duo be delivered? order HP251111-0290", ["RZ-20451"], [], "en", "u2009"),
    ("my cookware set HP251106-0467, when does the crew come", ["shipped"], [], "en", "u2018"),
    ("just checking HP251113-0361 really got cancelled", ["cancelled"], [], "en", "u2027"),
    ("did my refund for HP251024-1019 go through?", ["refunded"], [], "en", "u2024"),
    ("is my pasta class booking HP251112-1710 confirmed? we're two", ["paid"], [], "en", "u2016"),
    ("prosím stav objednávky HP251114-0025, kávovar a mlýnek na splátky", [], [], "cs", "u2019"),
    ("kdy mi přijdou filtry a odvápňovač? objednávka 0533", ["Z4083310967"], [], "cs", "u2012"),
    ("kedy príde môj nôž? HP251111-1591", ["Z4081904425"], [], "sk", "u2029"),
    ("status zamówienia HP251105-1120?", [], [], "pl", "u2032"),
    ("tracking number for my pizza oven?", ["RZ-20467"], [], "en", "u2025"),
    ("which carrier has my order HP251102-1433", ["PPL"], [], "en", "u2026"),
    ("Ist der Küchenwagen HP251108-0059 schon unterwegs?", [], [], "de", "u2031"),
]:
    c(m, False, "order_status", None, mm, mnm, l=l, cu=cu)
# someone else's order / no such order / no number
for m, mnm, l in [
    ("where is order HP251110-0871?", ["Z4081736152"], "en"),
    ("wo ist Bestellung HP251109-1388?", ["00340434161094042557"], "de"),
    ("kde je objednávka HP251109-9999", [], "cs"),
    ("where's my order? a cast iron pan, ordered last month", ["602677150338452117893541"], "en"),
]:
    c(m, False, "order_status", None, [], mnm, l=l)
# orders whose timing or handling a page explains
c("when will HP251112-0440 be sent? I paid last night", False, "order_status", "delivery", ["13:00"], cu="u2003")
c("objednávka HP251113-0112 — platila jsem převodem, kdy ji odešlete?", False, "order_status", "payment", ["5"], l="cs", cu="u2004")
c("my trolley HP251108-0059 to germany, will they carry it up to my flat?", False, "shipping", "bulky-delivery", ["kerb"], cu="u2031")
c("kdy mi přijdou splátky k objednávce HP251114-0025? ještě to není schválené", False, "payment", "instalments", [], l="cs", cu="u2019")

# ============================================================ hand-overs
# --------------------------------------------- explicit asks for a person
for m, l in [
    ("can I talk to a real person", "en"),
    ("human pls", "en"),
    ("I'd like to speak to someone from customer service", "en"),
    ("could someone from the showroom call me?", "en"),
    ("get me a barista who actually knows these machines", "en"),
    ("can I speak to Tomáš, the guy who sharpens knives?", "en"),
    ("please have someone ring me on 604 218 377, after 5 is best", "en"),
    ("operator", "en"),
    ("I would like to be contacted by a member of your staff regarding my order.", "en"),
    ("id rather talk to an actual human tbh", "en"),
    ("chci mluvit s člověkem", "cs"),
    ("můžu mluvit s někým z podpory?", "cs"),
    ("zavolejte mi prosím, 731 442 908", "cs"),
    ("spojte me s operatorem", "cs"),
    ("radši bych to probral s živým člověkem než s robotem", "cs"),
    ("může se mi ozvat někdo ze servisu?", "cs"),
    ("chcem hovoriť s človekom", "sk"),
    ("môže mi niekto zavolať? 0905 318 224", "sk"),
    ("chcę rozmawiać z konsultantem", "pl"),
    ("czy ktoś może do mnie zadzwonić?", "pl"),
    ("élő emberrel szeretnék beszélni", "hu"),
    ("kérem, hívjanak vissza", "hu"),
    ("vreau să vorbesc cu un operator", "ro"),
    ("mă poate suna cineva?", "ro"),
    ("Ich möchte mit einem Mitarbeiter sprechen", "de"),
    ("Kann mich jemand zurückrufen?", "de"),
    ("можна поговорити з живою людиною?", "uk"),
]:
    c(m, True, "human_request", None, l=l)

# --------------------------------------------- press and partnerships
for m, l in [
    ("I write for a food blog and would like to interview your cooking school chef, who can I talk to?", "en"),
    ("we're a coffee roastery in Brno and would love to talk to someone about supplying beans for your showroom", "en"),
    ("dobrý den, jsem redaktorka časopisu o bydlení a ráda bych se spojila s někým z vedení", "cs"),
    ("Jesteśmy polskim producentem garnków i szukamy partnera w Czechach, z kim możemy rozmawiać?", "pl"),
    ("Wir sind ein Küchenmagazin aus Leipzig und hätten gern einen Ansprechpartner für eine Kooperation.", "de"),
]:
    c(m, True, "human_request", "contact", l=l)

# -------------------------------------------- cancel or change an order
for m, it, art, l, cu in [
    ("please cancel my order HP251112-0440", "order_status", "order-changes", "en", "u2003"),
    ("zrušte prosím objednávku HP251112-0440, koupil jsem to jinde", "order_status", "order-changes", "cs", "u2003"),
    ("can you add a honing steel to HP251112-0146 before it ships?", "order_status", "order-changes", "en", "u2026"),
    ("v objednávce HP251113-0988 jsem chtěla místo topinkovače ještě jednu konvici, jde to vyměnit?", "order_status", "order-changes", "cs", "u2033"),
    ("please change the address on HP251112-0748, I typed the wrong street number", "order_status", "order-changes", "en", "u2023"),
    ("vă rog anulați comanda HP251112-0748", "order_status", "order-changes", "ro", "u2023"),
    ("Bitte stornieren Sie HP251108-0059, ich habe mich für einen anderen Wagen entschieden", "order_status", "order-changes", "de", "u2031"),
    ("změňte mi prosím výdejní místo u HP251113-0988 na Zásilkovnu na Smíchově", "order_status", "order-changes", "cs", "u2033"),
    ("I got two chef knives in HP251111-1591 but meant one chef and one santoku, can you swap one inside the order?", "order_status", "returns", "en", "u2029"),
    ("v objednávke HP251111-1591 sú dva rovnaké nože, jeden chcem vymeniť za santoku", "order_status", "returns", "sk", "u2029"),
    ("can you send the tamper from HP251112-0146 now and the jug later? need it for the weekend", "order_status", "order-changes", "en", "u2026"),
    ("can we move the pizza oven delivery HP251109-0634 to next week? I'm away", "order_status", "bulky-delivery", "en", "u2025"),
    ("přesuňte prosím doručení sady nádobí HP251106-0467 na sobotu", "order_status", "bulky-delivery", "cs", "u2018"),
    ("my parcel HP251108-1204 went back to you, please send it again", "order_status", "delivery-problems", "en", "u2002"),
    ("I want my money back for the casserole HP251030-0577, please sort it", "return_refund", "returns", "en", "u2007"),
    ("Proszę o zwrot pieniędzy za patelnię z zamówienia HP251020-0655", "return_refund", "returns", "pl", "u2005"),
    ("cancel the klid+ on my barista for me please, I don't want it", "product_info", "klid-plus", "en", "u2012"),
    ("zrušte mi prosím Klid+ u kávovaru, nechci ho", "product_info", "klid-plus", "cs", "u2012"),
    ("please cancel our pasta class booking, we can't come on friday", "product_info", "cooking-classes", "en", "u2016"),
    ("můžete mi přesunout kurz těstovin na jiný termín?", "product_info", "cooking-classes", "cs", "u2016"),
    ("zrušte mi prosím splátky, objednávku HP251114-0025 už nechci", "order_status", "order-changes", "cs", "u2019"),
    ("stornujte mi objednávku, zadal som zlú adresu", "order_status", "order-changes", "sk", None),
]:
    c(m, True, it, art, l=l, cu=cu)

# --------------------------------------------- things only staff can do
E = []  # (message, intent, article, lang, customer)
E += [  # charged twice / unknown charge
    ("you charged me twice for HP251102-1433, 12 990 Kč two times, and both are still on my statement after 10 days", "payment", "payment", "en", "u2026"),
    ("strhli jste mi za kávovar dvakrát 12 990 Kč, už je to skoro dva týdny a obě platby jsou zaúčtované", "payment", "payment", "cs", "u2026"),
    ("dobrý deň, platil som kartou a peniaze mi zobrali dvakrát, nie je to rezervácia, je to už 9 pracovných dní", "payment", "payment", "sk", None),
    ("pobraliście pieniądze dwa razy przez BLIK za to samo zamówienie, minęły dwa tygodnie", "payment", "payment", "pl", None),
    ("there's a charge from Hrnec & Panev on my card and I've never ordered from you", "payment", None, "en", None),
]
E += [  # charged after cancelling, instalments after cancelling
    ("I cancelled HP251113-0361 the same day and the 8 990 Kč was still taken, it's not a reservation, it's been booked", "payment", "order-changes", "en", "u2027"),
    ("objednávku HP251113-0361 jsem zrušil a peníze mi stejně strhli", "payment", "order-changes", "cs", "u2027"),
    ("I cancelled the mixer order HP251018-1542 in october and Rozložto just took the first instalment anyway", "payment", "instalments", "en", "u2011"),
    ("zrušila jsem objednávku robota a Rozložto mi stejně strhlo splátku 999 Kč", "payment", "instalments", "cs", "u2011"),
    ("stornovala som objednávku a aj tak mi prišla splátka", "payment", "instalments", "sk", None),
]
E += [  # refund missing, store credit gone
    ("returned the pan HP251015-0733 in october, it says refunded on the 28th and I still have no money", "return_refund", "returns", "en", "u2010"),
    ("vrácení peněz za pánev HP251015-0733 pořád nepřišlo, je to přes tři týdny", "return_refund", "returns", "cs", "u2010"),
    ("Die Erstattung für den Toaster HP251024-1019 ist immer noch nicht da, seit Wochen", "return_refund", "returns", "de", "u2024"),
    ("nie dostałam zwrotu pieniędzy za zwrócony towar, minął ponad miesiąc", "return_refund", "returns", "pl", None),
    ("nu am primit banii pentru produsul returnat, au trecut 5 săptămâni", "return_refund", "returns", "ro", None),
    ("I had 640 Kč store credit from a return in my account and now it shows 0, I never used it", "payment", "gift-cards", "en", None),
    ("z účtu mi zmizel kredit 1 200 Kč, nic jsem nenakupovala", "payment", "gift-cards", "cs", None),
    ("I bought a 1 000 Kč e-gift card for my dad (HP251003-0384), he never got it, we checked spam and promotions", "payment", "gift-cards", "en", "u2017"),
    ("dárkový poukaz HP251003-0384 nikdy nedorazil, spam jsme kontrolovali", "payment", "gift-cards", "cs", "u2017"),
    ("we cancelled the latte art class 10 days before and the refund never came", "return_refund", "cooking-classes", "en", None),
    ("kurz jste zrušili vy kvůli nemoci kuchaře a peníze mi pořád nepřišly", "return_refund", "cooking-classes", "cs", None),
]
E += [  # delivered, not received, already looked
    ("HP251101-0850 says delivered on the 4th, I've checked everywhere, asked the neighbours and PPL, nothing for a week", "complaint", "delivery-problems", "en", "u2014"),
    ("podle PPL doručeno, ale sousedy jsem obešel, schránku i recepci jsem zkontroloval. nic. je to týden", "complaint", "delivery-problems", "cs", "u2014"),
    ("DHL sagt zugestellt, ich habe alle Nachbarn gefragt und die Packstation geprüft, seit 5 Tagen nichts", "complaint", "delivery-problems", "de", "u2015"),
    ("paczka ma status doręczona, sprawdziłam paczkomat i pytałam sąsiadów, nic nie ma od tygodnia", "complaint", "delivery-problems", "pl", None),
    ("a GLS szerint kézbesítve, de megkérdeztem a szomszédokat és a portát is, semmi", "complaint", "delivery-problems", "hu", None),
]
E += [  # replacement broken too, repaired machine broken again, claims stuck
    ("the replacement kettle you sent also arrived with a cracked lid, second time now", "complaint", "delivery-problems", "en", None),
    ("náhradní pánev, kterou jste poslali, je taky promáčklá", "complaint", "delivery-problems", "cs", None),
    ("my Barista Mini came back from your warranty repair 3 weeks ago and it's leaking again exactly like before", "return_refund", "warranty", "en", "u2013"),
    ("kávovar mi vrátili z opravy a po dvou týdnech zase neteče voda, stejná závada", "return_refund", "warranty", "cs", "u2013"),
    ("you fixed the pump on my machine in september (paid repair) and it's dead again", "return_refund", "repairs", "en", None),
    ("my mixer has been in warranty repair for 6 weeks and nobody tells me anything", "return_refund", "warranty", "en", "u2030"),
    ("Meine Küchenmaschine ist seit 6 Wochen in der Reparatur und ich höre nichts", "return_refund", "warranty", "de", "u2030"),
    ("reklamace kávovaru trvá už 40 dní, to je přes zákonnou lhůtu", "return_refund", "warranty", "cs", None),
    ("I dropped my Barista 870 and made a Klid+ claim, it was rejected because of 'limescale'?? it was a drop", "return_refund", "klid-plus", "en", "u2012"),
    ("I paid for klid+ with my machine but it's not in my account and the claim form says I don't have it", "product_info", "klid-plus", "en", "u2012"),
]
E += [  # sharpening service problems
    ("I sent 4 knives for sharpening and only 3 came back", "complaint", "knife-sharpening", "en", None),
    ("poslal jsem nože na broušení a santoku se vrátilo s vylomenou špičkou", "complaint", "knife-sharpening", "cs", None),
]
E += [  # bulky crew
    ("your delivery guys scratched the parquet and dented the door frame bringing in the Barista Duo", "complaint", "bulky-delivery", "en", "u2009"),
    ("dopravci nepřišli v domluveném čase už podruhé, celý den jsem čekal doma na sadu nádobí", "complaint", "bulky-delivery", "cs", "u2018"),
]
E += [  # invoice still wrong, account problems
    ("second time I'm asking: the invoice for HP251112-0748 still doesn't have our CUI and our accountant can't book it", "payment", "invoices", "en", "u2023"),
    ("už potřetí píšu, faktura pořád nemá naše IČO a DIČ, účetní mi ji vrací", "payment", "invoices", "cs", None),
    ("there's an order HP251113-0988 in my account for a kettle and toaster that I never placed", "account", None, "en", "u2033"),
    ("v účtu mám objednávku, kterou jsem nedělala, nějaký kávovar za 12 990 Kč", "account", None, "cs", None),
    ("Auf meinem Konto ist eine Bestellung, die ich nicht aufgegeben habe", "account", None, "de", None),
    ("I deleted my account in august and I still get your newsletter and 'your cart is waiting' emails", "account", "privacy", "en", None),
    ("před dvěma měsíci jsem žádala o smazání účtu a pořád existuje", "account", "privacy", "cs", None),
    ("prosiłam o usunięcie danych 2 miesiące temu i nic się nie stało", "account", "privacy", "pl", None),
    ("tried forgot password 5 times, no email, not in spam or promotions, waited hours. my class booking is in there", "account", "account", "en", None),
    ("heslo jsem resetovala asi pětkrát, žádný mail nepřišel, ani ve spamu, a účet je zablokovaný", "account", "account", "cs", None),
]
E += [  # burns, shocks, injuries, smoke
    ("my steam wand suddenly sprayed boiling water all over my hand when I opened it, it's red and blistering", "complaint", "safety", "en", None),
    ("the kettle lid popped open while pouring and I scalded my wrist pretty badly", "complaint", "safety", "en", None),
    ("got a shock from the Barista 870 when I touched the metal casing", "complaint", "safety", "en", "u2001"),
    ("z topinkovače se začalo kouřit a roztavil se kus plastu, málem chytla linka", "complaint", "safety", "cs", "u2020"),
    ("dostal jsem ránu z mixéru, když jsem ho zapojoval, kabel u zástrčky je naprasklý", "complaint", "safety", "cs", None),
    ("rączka patelni odpadła i gorący olej poparzył mi rękę", "complaint", "safety", "pl", None),
    ("die Mixerklinge hat sich gelöst und ich habe mir tief in den Finger geschnitten", "complaint", "safety", "de", None),
    ("fierbătorul a făcut scântei și a sărit siguranța", "complaint", "safety", "ro", None),
]
E += [  # legal threats and staff
    ("this is the fourth email about my refund and every time I get a nice answer that it's being handled. if the money isn't back by friday I'm filing a complaint with ČOI, I've already started the form", "complaint", None, "en", None),
    ("jestli to nevyřešíte, obrátím se na Českou obchodní inspekci", "complaint", None, "cs", None),
    ("Ich schalte jetzt meinen Anwalt ein", "complaint", None, "de", None),
    ("the chef at saturday's pasta class was rude to my wife and ignored her questions", "complaint", None, "en", None),
    ("prodavač v Karlíně na mě byl dnes vyloženě nepříjemný", "complaint", None, "cs", None),
    ("pani na infolince się rozłączyła w połowie rozmowy", "complaint", None, "pl", None),
]
for m, it, art, l, cu in E:
    c(m, True, it, art, l=l, cu=cu)

# ================================================== conversations (2-4 turns)
# ---- a question is answered, then a person is asked for
for msgs, art, l in [
    (["how much is shipping to germany", "ok. can I talk to someone about a bulky order though"], "delivery", "en"),
    (["what does klid+ cover", "hm ok. can a person explain it on the phone"], "klid-plus", "en"),
    (["how much is the knife skills class", "great, can someone call me about a group of 10"], "cooking-classes", "en"),
    (["how long is the warranty on grinders", "I'd like to talk to someone from the workshop please"], "warranty", "en"),
    (["whats ur return policy", "fine. human please"], "returns", "en"),
    (["how do instalments work", "can I just speak to a person about it"], "instalments", "en"),
    (["how do I descale the barista 870", "could a barista walk me through it on a call?"], "descaling", "en"),
    (["do you repair machines out of warranty", "can the technician call me before I send it"], "repairs", "en"),
    (["how does knife sharpening by post work", "I'd rather talk to the sharpener directly"], "knife-sharpening", "en"),
    (["kolik stojí doprava na Slovensko?", "dobře, a můžu mluvit s někým z vás?"], "delivery", "cs"),
    (["jak funguje Klid+?", "radši bych to probrala s člověkem"], "klid-plus", "cs"),
    (["jak dlouho trvá reklamace?", "může mi zavolat někdo ze servisu? 608 771 290"], "warranty", "cs"),
    (["jak zruším kurz?", "ok, ale chci to probrat s někým živým"], "cooking-classes", "cs"),
    (["kolik stojí oprava kávovaru po záruce?", "spojte mě s technikem prosím"], "repairs", "cs"),
    (["ako funguje nákup na splátky?", "môžem hovoriť s niekým z vás?"], "instalments", "sk"),
    (["ile kosztuje wysyłka do Polski?", "dobrze, a mogę porozmawiać z konsultantem?"], "delivery", "pl"),
    (["mennyi a garancia a kávéfőzőre?", "beszélhetnék valakivel?"], "warranty", "hu"),
    (["cât timp am pentru retur?", "pot vorbi cu cineva?"], "returns", "ro"),
    (["Wie lange ist die Garantie auf die Küchenmaschine?", "Kann mich ein Mitarbeiter anrufen?"], "warranty", "de"),
    (["Was kostet die Speditionslieferung nach Deutschland?", "Ich möchte das lieber mit jemandem besprechen."], "bulky-delivery", "de"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- frustration that builds over the turns (no swearing)
for msgs, it, art, l in [
    (["how much is delivery of the pizza oven to brno", "but will they carry it to the garden", "that's not what I asked. garden, yes or no?", "third time asking the same thing"], "complaint", "bulky-delivery", "en"),
    (["how do I cancel my class booking", "there's no Cancel booking button in My classes", "I've looked three times, it's not there, this isn't helping"], "complaint", "cooking-classes", "en"),
    (["where do I download my invoice", "it's not under my orders", "still not there. you keep sending the same text"], "complaint", "invoices", "en"),
    (["the reset link doesn't work", "I clicked it right away, it says expired", "this is going in circles, I just want to log in"], "complaint", "account", "en"),
    (["my parcel is late", "yes i checked tracking, hasn't moved in 6 days", "you're just repeating yourself"], "complaint", "delivery-problems", "en"),
    (["how do I start descaling on the barista 870", "holding both buttons does nothing", "I did it for 10 seconds, nothing blinks. this is useless advice"], "complaint", "descaling", "en"),
    (["jak zruším rezervaci kurzu?", "žádné tlačítko tam není", "už potřetí píšu, že tam to tlačítko není"], "complaint", "cooking-classes", "cs"),
    (["kde stáhnu fakturu?", "v objednávkách není", "tohle mi vůbec nepomáhá, ptám se potřetí"], "complaint", "invoices", "cs"),
    (["balík se nehýbe", "sledování jsem kontroloval, týden se nic neděje", "pořád mi píšete to samé dokola"], "complaint", "delivery-problems", "cs"),
    (["nemůžu se přihlásit", "zapomenuté heslo jsem zkoušela", "pořád žádný mail. tohle je fakt frustrující"], "complaint", "account", "cs"),
    (["ako pridám Klid+ k objednávke?", "v účte to nie je", "píšem už tretíkrát, že tam nič také nie je"], "complaint", "klid-plus", "sk"),
    (["jak zwrócić ekspres?", "nie ma przycisku Zwrot", "to już trzeci raz, nic mi to nie pomaga"], "complaint", "returns", "pl"),
    (["hogyan kérhetek garanciális javítást?", "az űrlap nem működik", "ez már a harmadik alkalom, nem segít"], "complaint", "warranty", "hu"),
    (["cum anulez comanda?", "nu găsesc butonul", "vă întreb a treia oară și nu mă ajutați"], "complaint", "order-changes", "ro"),
    (["Wie setze ich mein Passwort zurück?", "Die Mail kommt nicht", "Das habe ich jetzt dreimal gemacht, es hilft nicht"], "complaint", "account", "de"),
]:
    c(msgs, True, it, art, l=l)
# frustration that ends with an ask for a person
for msgs, art, l in [
    (["tracking hasn't moved since monday", "yes I checked the link", "ok this is pointless, get me a human"], "delivery-problems", "en"),
    (["how do I add klid+ after buying", "it's not in My account, there's no Klid+ section", "forget it, let me talk to someone"], "klid-plus", "en"),
    (["the spare parts finder doesn't know my model number", "I typed it exactly as on the plate", "can a real person just help me"], "spare-parts", "en"),
    (["sledování stojí", "ano, kontroloval jsem to", "tak mi dejte živého člověka"], "delivery-problems", "cs"),
    (["nejde mi zaplatit objednávku", "karta je v pořádku, zkoušel jsem i Pay again", "chci mluvit s někým z podpory"], "payment", "cs"),
    (["nie mogę znaleźć faktury", "szukałam wszędzie", "proszę o kontakt z konsultantem"], "invoices", "pl"),
    (["Die Rücksendung klappt nicht", "das Formular nimmt meine Bestellnummer nicht an", "verbinden Sie mich bitte mit einem Mitarbeiter"], "returns", "de"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- an answered question, then the staff-only problem comes out
for msgs, it, art, l, cu in [
    (["how long does a refund take", "well, mine for HP251015-0733 says refunded since 28 october and I have nothing"], "return_refund", "returns", "en", "u2010"),
    (["what happens to instalments if I cancel", "I did cancel HP251018-1542 and Rozložto charged me anyway"], "payment", "instalments", "en", "u2011"),
    (["do you replace things that arrive damaged?", "you did, and the replacement came damaged too"], "complaint", "delivery-problems", "en", None),
    (["what's the warranty on a repair", "yours broke again 4 weeks after you fixed it, same fault"], "return_refund", "repairs", "en", None),
    (["how do I see my store credit", "it was there last week, 640 Kč, now it's gone and I didn't buy anything"], "payment", "gift-cards", "en", None),
    (["how do I delete my account", "I did that in september and you're still emailing me"], "account", "privacy", "en", None),
    (["why do I see 2 payments on my card", "it's been 2 weeks and both are final on my statement"], "payment", "payment", "en", "u2026"),
    (["what should I do if tracking says delivered", "did all that, letterbox, neighbours, reception. it's been 5 days"], "complaint", "delivery-problems", "en", "u2014"),
    (["is it normal that the steam wand gets hot?", "ok but mine just sprayed boiling water on my hand and it's blistering"], "complaint", "safety", "en", None),
    (["jak dlouho trvá vrácení peněz?", "za HP251015-0733 čekám přes tři týdny a nic"], "return_refund", "returns", "cs", "u2010"),
    (["co se stane se splátkami po zrušení objednávky?", "zrušila jsem ji v říjnu a Rozložto mi stejně strhlo splátku"], "payment", "instalments", "cs", "u2011"),
    (["jaká je záruka na opravu?", "kávovar je po opravě zase rozbitý, stejná závada"], "return_refund", "warranty", "cs", "u2013"),
    (["jak funguje dárkový poukaz?", "poukaz pro tátu nikdy nepřišel, spam jsme prošli"], "payment", "gift-cards", "cs", "u2017"),
    (["jak dlho trvá vrátenie peňazí?", "čakám už 5 týždňov"], "return_refund", "returns", "sk", None),
    (["ile trwa zwrot pieniędzy?", "czekam już ponad miesiąc"], "return_refund", "returns", "pl", None),
    (["Wie lange dauert eine Erstattung?", "Ich warte jetzt seit fünf Wochen auf das Geld für HP251024-1019"], "return_refund", "returns", "de", "u2024"),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- a problem reported, then it turns out staff are needed
for msgs, it, art, l, cu in [
    (["my espresso machine arrived with a cracked drip tray", "I sent the photos to podpora 6 days ago and nobody has answered"], "complaint", "delivery-problems", "en", "u2032"),
    (["tracking says delivered but i have nothing", "I did all that. door, neighbours, the PPL depot. it's been 5 days", "so what now"], "complaint", "delivery-problems", "en", "u2014"),
    (["my grinder stopped working", "I filled in the reklamace form 2 weeks ago and nobody picked it up"], "return_refund", "warranty", "en", "u2008"),
    (["kávovar přišel s prasklou nádržkou", "fotky jsem poslala před týdnem a nikdo se neozval"], "complaint", "delivery-problems", "cs", None),
    (["podle sledování doručeno, ale nic nemám", "všechno jsem udělal, jsou to čtyři dny"], "complaint", "delivery-problems", "cs", "u2014"),
    (["ekspres przyszedł uszkodzony", "wysłałam zdjęcia tydzień temu i brak odpowiedzi"], "complaint", "delivery-problems", "pl", "u2032"),
    (["a csomag sérülten érkezett", "egy hete küldtem fotókat, nem válaszoltak"], "complaint", "delivery-problems", "hu", None),
    (["Meine Pfanne kam verbeult an", "Ich habe vor einer Woche Fotos geschickt, keine Antwort"], "complaint", "delivery-problems", "de", "u2015"),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- change requests inside a conversation
for msgs, it, art, l, cu in [
    (["can i still cancel an order I placed last night?", "ok then please cancel HP251112-0440"], "order_status", "order-changes", "en", "u2003"),
    (["where is my order HP251110-0871", "can you send it to my office in Holešovice instead, I'm not home this week"], "order_status", "order-changes", "en", "u2001"),
    (["how do exchanges work", "ok so in HP251111-1591 please swap one chef knife for the santoku"], "order_status", "returns", "en", "u2029"),
    (["jde ještě změnit objednávka?", "tak prosím u HP251113-0988 změňte adresu na Vinohradská 48"], "order_status", "order-changes", "cs", "u2033"),
    (["dá sa objednávka zrušiť?", "tak zrušte tú poslednú"], "order_status", "order-changes", "sk", None),
    (["czy mogę jeszcze anulować zamówienie?", "to proszę anulować HP251110-1266"], "order_status", "order-changes", "pl", "u2021"),
    (["Kann ich meine Bestellung noch ändern?", "Dann bitte die Lieferadresse für HP251108-0059 ändern"], "order_status", "order-changes", "de", "u2031"),
    (["how do I cancel a class", "can you just do it for me, the page won't load on my phone"], "product_info", "cooking-classes", "en", "u2016"),
    (["how do returns work", "ok, please just refund the skillet from HP251020-0655 to my card"], "return_refund", "returns", "en", "u2005"),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- follow-ups the assistant answers itself (no hand-over)
for msgs, it, art, mm, l in [
    (["hi", "how much is shipping to slovakia?"], "shipping", "delivery", ["€3.90"], "en"),
    (["do you ship to poland", "how long does the paczkomat hold it?"], "shipping", "delivery", ["48 hours"], "en"),
    (["how much is the pasta class", "and if I have to cancel?"], "product_info", "cooking-classes", ["7 days"], "en"),
    (["what's klid+", "and if I change my mind, how do I cancel it?"], "product_info", "klid-plus", ["Cancel plan"], "en"),
    (["can i return a knife", "what if I already had it sharpened?"], "return_refund", "returns", ["never sharpened"], "en"),
    (["how long is the warranty on the mixer", "and is dropping it covered?"], "return_refund", "warranty", ["Klid+"], "en"),
    (["i want to talk to someone", "actually never mind, just tell me if the showroom is open saturday"], "other", "showroom", ["9:00–15:00"], "en"),
    (["human please", "no wait, forget it. what's the phone number, I'll call myself"], "other", "contact", [PH], "en"),
    (["is this chat a bot?", "ok, and when are people here?"], "other", "contact", ["8:00–19:00"], "en"),
    (["no I don't need a person", "just tell me how long a gift card is valid"], "payment", "gift-cards", ["2 years"], "en"),
    (["my mixer arrived with a dented bowl", "do i have to send it back?"], "complaint", "delivery-problems", ["Keep the item"], "en"),
    (["DHL says delivered but I have nothing", "ok, should I wait or write to you now?"], "complaint", "delivery-problems", ["next working day"], "en"),
    (["my espresso is sour", "and if it runs too slow and tastes bitter?"], "product_info", "espresso-guide", ["grind coarser"], "en"),
    (["do you have a santoku?", "how much is it in euros?"], "product_info", None, ["€99"], "en"),
    (["what's the weather in prague", "ok never mind. when does the showroom close today? it's tuesday"], "other", "showroom", ["19:00"], "en"),
    (["how do I descale", "and how often in prague?"], "product_info", "descaling", ["2 months"], "en"),
    (["dobrý den", "kolik stojí doprava na Zásilkovnu?"], "shipping", "delivery", ["79 Kč"], "cs"),
    (["chci mluvit s člověkem", "ne, vlastně nic, jaké máte telefonní číslo?"], "other", "contact", [PH], "cs"),
    (["nepotřebuju operátora", "jen mi řekněte, jak zruším rezervaci kurzu"], "product_info", "cooking-classes", [], "cs"),
    (["kolik stojí broušení?", "a japonské nože taky?"], "product_info", "knife-sharpening", ["390 Kč"], "cs"),
    (["pánev přišla promáčklá", "musím ji posílat zpátky?"], "complaint", "delivery-problems", [], "cs"),
    (["ahoj", "jak dlouho platí dárkový poukaz?"], "payment", "gift-cards", ["2"], "cs"),
    (["dobrý deň", "koľko stojí doprava veľkého tovaru na Slovensko?"], "shipping", "bulky-delivery", ["€29"], "sk"),
    (["nie potrzebuję konsultanta", "proszę tylko powiedzieć, ile mam czasu na zwrot"], "return_refund", "returns", ["30"], "pl"),
    (["szia", "mennyibe kerül a szállítás Magyarországra?"], "shipping", "delivery", ["€5.90"], "hu"),
    (["bună ziua", "cât costă livrarea în România?"], "shipping", "delivery", ["€7.90"], "ro"),
    (["Ich brauche keinen Mitarbeiter", "sagen Sie mir nur, wie lange die Garantie auf Espressomaschinen ist"], "return_refund", "warranty", ["3"], "de"),
    (["hallo", "Was kostet der Versand nach Deutschland?"], "shipping", "delivery", ["€6.90"], "de"),
]:
    c(msgs, False, it, art, mm, l=l)
# order follow-ups with the customer's own orders
for msgs, mm, mnm, l, cu, art in [
    (["hi, where's my espresso machine", "the number is HP 251110 0871"], ["Z4081736152"], [], "en", "u2001", None),
    (["dobrý den, balík mi nepřišel", "číslo objednávky hp2511120533"], ["Z4083310967"], [], "cs", "u2012", None),
    (["gdzie jest moja paczka?", "HP251110-1266"], ["602677150338452119904476"], [], "pl", "u2021", None),
    (["Wo bleibt meine Mühle?", "Bestellnummer HP251109-1388"], ["00340434161094042557"], [], "de", "u2008", None),
    (["hol van a csomagom?", "rendelés 0923"], ["20847193650"], [], "hu", "u2006", None),
]:
    c(msgs, False, "order_status", art, mm, mnm, l=l, cu=cu)

# ---- more ways of asking for a person
for m, l in [
    ("cn i tlk to sum1 real", "en"),
    ("is there anyone who could look at this with me?", "en"),
    ("honestly I think this needs a human", "en"),
    ("rather not explain this to a bot. someone from the team please", "en"),
    ("Good afternoon. Would it be possible to speak with one of your technicians? Kind regards, J. Novák", "en"),
    ("who's in charge there, I want to talk to them", "en"),
    ("můžete mě přepojit na kolegu?", "cs"),
    ("potřebuju, aby se na to podíval někdo z vás", "cs"),
    ("Dobrý den, rád bych mluvil s vedoucím prodejny.", "cs"),
    ("je tam niekto živý?", "sk"),
    ("poproszę o kontakt z pracownikiem", "pl"),
    ("kérem, kapcsoljon egy munkatárshoz", "hu"),
    ("aș dori să vorbesc cu un coleg de-al dumneavoastră", "ro"),
    ("Gibt es hier einen echten Menschen?", "de"),
]:
    c(m, True, "human_request", None, l=l)
# greeting first, then the ask; or asking again
for msgs, l in [
    (["hi", "can i speak to a person please"], "en"),
    (["human", "HUMAN", "hello?? a real person please"], "en"),
    (["agent", "i said agent"], "en"),
    (["dobrý den", "můžu mluvit s někým z obchodu?"], "cs"),
    (["člověk", "ČLOVĚK PROSÍM", "haló, chci mluvit s člověkem"], "cs"),
    (["ahoj", "dá sa tu hovoriť s človekom?"], "sk"),
    (["dzień dobry", "chciałabym porozmawiać z kimś z obsługi"], "pl"),
    (["jó napot", "beszélhetnék egy ügyintézővel?"], "hu"),
    (["Guten Tag", "ich möchte bitte mit jemandem sprechen"], "de"),
    (["Mitarbeiter", "ich sagte: Mitarbeiter bitte"], "de"),
]:
    c(msgs, True, "human_request", None, l=l)

# ---- numbers that are not order numbers
for m, it, art, mm, l in [
    ("is the 28 cm pan the same as the 24 cm except size? both 1 090 Kč?", "product_info", None, ["€44"], "en"),
    ("does the barista 870 use 1500 W? my fuse is 10 A", "product_info", None, ["1500 W"], "en"),
    ("I ordered on 12.11.2025 at 13:05, when will it leave?", "shipping", "delivery", ["13:00"], "en"),
    ("kolik stojí KM 1000 v eurech?", "product_info", None, ["€399"], "cs"),
    ("ist der Forno 16 für 16-Zoll-Pizzen?", "product_info", None, ["16"], "de"),
]:
    c(m, False, it, art, mm, l=l)

# ---- more hand-overs in English: polite asks only staff can fulfil, asks after an answer
for msgs, it, art, cu in [
    ("could you refund the shipping on HP251030-0577? it came 4 days later than you said", "return_refund", None, "u2007"),
    ("Rozložto keeps taking 999 Kč every month for a mixer I cancelled in october, can you make them stop", "payment", "instalments", "u2011"),
    ("the gaskets from HP251031-0807 were the wrong size, you sent new ones and those are wrong too", "complaint", "delivery-problems", "u2028"),
    ("you sent my knives back from sharpening to my old address and now the parcel is lost", "complaint", "knife-sharpening", None),
    ("could you please still add Klid+ to my Barista from HP251102-1433? it's been 40 days but I was in hospital the whole time", "product_info", "klid-plus", "u2026"),
    ("somebody used my account to order a grinder to an address in Brno. that wasn't me", "account", None, None),
    ("the crew left my Barista Duo box outside in the rain and it's soaked, I refused it. please arrange a new delivery", "order_status", "bulky-delivery", "u2009"),
    ("mate, can I just chat with one of your lot instead", "human_request", None, None),
    (["how do I descale the barista 870", "thanks. could someone from the workshop call me about my machine though?"], "human_request", "descaling", None),
    (["how long is the warranty on kettles", "ok thanks", "actually, my claim has been sitting for 5 weeks with no reply, can someone look at it"], "return_refund", "warranty", None),
    (["when is the showroom open on saturday", "thanks. is it possible to have someone call me tomorrow about a wedding gift list?"], "human_request", None, None),
    (["what's the return policy for espresso machines", "fine. then I'd like to return the one from HP251102-1433, please arrange the pickup"], "return_refund", "returns", "u2026"),
]:
    c(msgs, True, it, art, cu=cu)

# ---- longer conversations written out in full
c(["hi, I booked the latte art class for saturday 22 november but I need to move it",
   "I went to My classes like you said but there's only the date and 'Download ticket', no Change date button",
   "look, I've spent half an hour on this now, tried the app and the website, logged out and in, and there's still no button. I don't want to lose the money, I just want another date. this is really not ok"],
  True, "complaint", "cooking-classes")
c("I've read half your help pages and I'm more confused than before. my mum is 74 and wants her first espresso machine, she can't get to prague, and I'd like to talk to someone who can explain which one is simple enough for her. could a barista call me? 777 302 615",
  True, "human_request", "espresso-guide")
c("ok before you pass me on to someone, I really don't need a person for this, I just can't find anywhere how long the gift card my colleagues gave me for my birthday is valid, it's from last november",
  False, "payment", "gift-cards", ["2 years"])
c(["hey, thinking about getting a proper grinder", "how much coffee does the GR64 need to break in?",
   "and should I clean the burrs often?"], False, "product_info", "espresso-guide", ["once a month"])
c(["dobrý den, mám objednávku na cestě", "ne, ta je v pořádku, jen jsem se chtěla zeptat, do kolika máte v pátek otevřeno v Karlíně"],
  False, "other", "showroom", ["19:00"], l="cs")
c(["Dzień dobry, kupiłam u Was ekspres Barista Mini 350 i mam pytanie",
   "Po dwóch tygodniach używania kawa leci bardzo wolno, prawie kroplami, a wcześniej było dobrze. Używam tej samej kawy i tego samego młynka. Czy to może być kamień? Mieszkam w Krakowie i woda jest twarda."],
  False, "product_info", "descaling", [], l="pl")
c("Guten Tag, ich habe vor drei Wochen bei Ihnen die Küchenmaschine KM 1000 gekauft und bin eigentlich zufrieden, aber mir ist aufgefallen, dass der Stecker anders aussieht als meine anderen Stecker hier in Köln. Passt der wirklich in deutsche Steckdosen oder brauche ich einen Adapter?",
  False, "product_info", "plugs-voltage", ["230 V"], l="de")
c("Dobrý den, chtěla bych se zeptat na váš kurz českých klasik. Manžel má v prosinci narozeniny a svíčková je jeho nejoblíbenější jídlo, ale já ji neumím. Dá se koupit poukaz na ten kurz tak, aby si termín vybral sám? A jak dlouho platí?",
  False, "product_info", "cooking-classes", ["2"], l="cs")
c("Szia! Két hete vettem tőletek egy öntöttvas serpenyőt, és most rozsdás foltokat vettem észre rajta, pedig csak kézzel mostam. Tönkrement, vagy lehet még menteni?",
  False, "product_info", "cookware-care", ["220 °C"], l="hu")
c("Bună ziua, aș vrea să comand un espressor Barista 870 în România, dar nu știu dacă pot plăti în rate. Am citit ceva despre 10 rate fără dobândă, funcționează și la noi?",
  False, "payment", "instalments", [], l="ro")

# ---- many customers greet before they ask: every 7th single-turn question
# gets an opening line in its own language (the judged turn is unchanged)
OPENERS = {
    "en": ["hi", "hello", "hey", "good morning", "hi there", "hello, quick question",
           "hiya", "evening!", "hi, hope you can help"],
    "cs": ["dobrý den", "ahoj", "dobry den", "dobrý den, mám dotaz", "zdravím"],
    "sk": ["dobrý deň", "ahoj"],
    "pl": ["dzień dobry", "cześć"],
    "hu": ["jó napot", "szia"],
    "ro": ["bună ziua", "salut"],
    "de": ["hallo", "guten Tag", "servus"],
    "uk": ["добрий день"],
}
GREETS = re.compile(r"(hi|hello|hey|hiya|good (morning|afternoon|evening)|dobr[ýy] (den|deň)|ahoj|zdravím|"
                    r"dzień dobry|cześć|jó napot|szia|bună ziua|salut|hallo|guten tag|servus)\b", re.I)

# ================================================================ output
# full order numbers in any spelling, and "order 0871" style short ones
ORDER_REF = re.compile(r"(?<![a-z0-9])#?hp[ -]?(\d{6})[ -]?(\d{4})(?!\d)", re.I)
SHORT_REF = re.compile(r"\b(?:order|objednávk\w*|objednavk\w*|zamówieni\w*|rendelés\w*|comand\w*|"
                       r"bestellung|bestellnummer)\s*(?:č\.|nr\.?|no\.?|#)?\s*(\d{4})(?!\d)", re.I)
# order numbers that are meant not to exist
UNKNOWN_ORDERS = {"HP251109-9999"}

def order_refs(m):
    return ([casekit.Ref(mo.group(0), mo.group(2), "HP%s-%s" % mo.groups()) for mo in ORDER_REF.finditer(m)]
            + [casekit.Ref(mo.group(0), mo.group(1), None) for mo in SHORT_REF.finditer(m)])

def main():
    shop.add_openers(OPENERS, GREETS)
    shop.write()
    shop.check(order_id=r"HP\d{6}-\d{4}", shape="HP251110-0871", counter=lambda oid: oid[-4:],
               refs=order_refs, unknown=UNKNOWN_ORDERS, qualifier="date",
               named=lambda cu: cu.startswith("u20"), customer_id=r"u2\d{3}", currency={"CZK", "EUR"},
               untracked=casekit.sku_only("GC-", "KURZ-", "SVC-"))

if __name__ == "__main__":
    main()
