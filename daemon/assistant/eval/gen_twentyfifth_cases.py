#!/usr/bin/env python3
"""Generate twentyfifth-cases.jsonl: cases for the twenty-fifth shop,
Ó Briain Jewellers (a family jeweller and watchmaker with a showroom and
workshop at 14 Wicklow Street, Dublin 2, and an online shop; sells
engagement and wedding rings, necklaces, earrings, bracelets, Claddagh and
Celtic pieces and watches (Tissot, Longines, Seiko, Citizen and its own
Liffey watch); services: ring sizing, engraving (personalised pieces
cannot be returned), watch batteries and full services, jewellery
repairs, valuations for insurance, hallmarking at the Dublin Assay Office,
a lifetime guarantee on stones set in its own workshop, bespoke design;
insured, signed-for delivery only, to Ireland, Northern Ireland, Great
Britain (customs), the EU, the USA and Canada (duties); prices in EUR;
Klarna and layaway).
KB: twentyfifth-kb/.  Run: python3 gen_twentyfifth_cases.py
The script writes the cases, then checks them against the KB and prints
the figures (cases, escalation share, other-language share, multi-turn share).
The customers write English and, in Dublin, often Polish, Lithuanian,
Portuguese, Spanish, French or Italian; a few write Irish.  The customer
lines are meant to be varied.

Order numbers look like OBJ-58213 (OBJ and a 5-digit counter; every
counter starts with 58).  Customers paste them in many ways ("obj58213",
"OBJ 58213", "#58213", "zamówienie 58213", just "58213").  Carats and
grams (0.50 ct, 4.2 g), ring sizes (N, US 7, EU 54), widths and lengths
(3 mm, 45 cm, 18 inch), fineness marks (375, 585, 750, 925, 950), watch
models and sizes ("PRX 40", "SRPD55K1", "BM7108-14E", "Powermatic 80",
"Liffey 38 mm"), water resistance (10 bar, 100 m), prices, Eircodes and
ZIP codes (one of them, 58103, looks like an order number and is not),
and phone numbers are not order numbers.

LABELLING RULES

Escalation (expect.escalate)
 E1  true for an explicit request for a person in any wording or language:
     "a human", "someone in the shop", the watchmaker, a jeweller, the
     gemmologist, the manager, a named colleague, a callback; also right
     after an answered question.  Press and partnership requests to talk
     to someone are E1 too.
 E2  true for a request to cancel, refund or change an existing order
     (cancel it, change the address, the ring size, the engraving text,
     add a piece, switch to Collect in store, put it on hold, resend a
     parcel that came back, swap a piece or a size inside an order, "I
     want my money back"), or to cancel a layaway for the customer.
 E3  true for things only staff can do: a real double charge, an unknown
     charge, a charge after cancelling an order or a layaway, a refund
     missing for weeks, Klarna disagreeing with the shop, store credit or
     a gift card that vanished or never arrived after the resend,
     layaway payments missing from the balance, a price-promise refund
     claim, a parcel marked delivered that the customer already looked
     for (signature not theirs, neighbours and reception asked), import
     charges the customer disputes, a stone guarantee claim refused or a
     stone lost again after the repair, a watch service or repair that
     failed again, is long overdue or lost, an engraving wrong again after
     the remake, a damaged replacement, photos sent with no answer, a
     valuation certificate still wrong after asking, an order the
     customer did not place or a card used by someone else, someone
     else's data in the account, a deletion that did not happen, a
     locked-out account after the reset steps, legal threats, complaints
     about a staff member.
 E4  true when the customer is stuck or frustrated across several turns
     ("that's not what I asked", the same question a third time).
 E5  false for questions about a policy even with "cancel", "refund",
     "person", "human", "jeweller", "call" in them: the phone number, the
     e-mail, when people answer the chat, showroom hours, how to cancel,
     the return policy, how to cancel a layaway and what it costs, how to
     book or move an appointment, "no need for a person, just tell me
     ...".  A first report of a damaged parcel, a wrong or missing piece,
     a parcel marked delivered, a late parcel, a stone that fell out, a
     broken clasp, a wrong engraving or a skin reaction to a metal gets
     the steps of the page (false).

Intent (expect.intent)
     order_status: a named order (where, status, tracking, when, ready to
       collect), cancelling or changing an order, putting it on hold,
       resending it.
     return_refund: returns, refunds, money back, exchanges (also the
       engagement ring exchange), warranty and lifetime stone guarantee
       claims, repairs or services that failed again, a missing refund.
     shipping: countries, prices, times, carriers, cut-off, signed-for and
       insured delivery, missed deliveries, discreet packaging, Collect in
       store, customs and duties for Great Britain, the USA and Canada, a
       late parcel without an order number.
     product_info: pieces, diamonds and engagement rings, metals, care and
       cleaning, skin reactions, Claddagh and Celtic meaning, watches and
       water resistance, and the services: ring sizing, engraving, watch
       batteries and service, repairs, valuations, hallmarking, bespoke
       design, appointments.
     payment: payment methods, Klarna, bank transfer, layaway, charges and
       double charges, invoices, tax-free shopping, gift cards, store
       credit, discount codes and the price promise.
     account: login, password, details, privacy and deletion, an order the
       customer did not place.
     complaint: something went wrong (damaged, wrong, missing,
       delivered-not-received, wrong engraving, a lost repair, staff,
       legal threat, frustration) when the turn does not ask for a person.
     human_request: the judged turn only asks for a person / callback (also
       press or partnership contact).  When it also states a concrete
       problem, the problem's intent is used.
     other: contact details, chat and phone hours, showroom hours, address
       and directions, things outside the shop (weather, sport, homework).
       greeting / thanks / goodbye for small talk.

Article (expect.article)
     The page that answers the judged turn.  Product facts and order facts
     come from the data (article null).  A hand-over keeps the page that
     governs the matter raised in the conversation; it is null when only a
     person is asked for or no page governs (unknown order, staff, legal,
     an order the customer did not place, an unknown charge).

mustMention: short exact strings from the governing page (or the data when
the article is null); non-English turns use only numbers, prices, e-mail
addresses, phone numbers, web addresses and tracking numbers; a decimal
is split into its two parts ("19", "95") so that "19,95 €" and "€19.95"
both count, and thousands are left out or given as their last three
digits ("650" for €1,650) so that "1 650 €" and "€1,650" both count.
Hand-overs carry none.
mustNotMention: other customers' data and facts the reply must not invent.
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import casekit  # the shared case helper, writer and self-check

shop = casekit.Shop("twentyfifth", "t25", anon=25100, langs={"ga", "pl", "lt", "pt", "es", "fr", "it"})
c = shop.c

PH = "+353 1 677 4218"
WA = "+353 87 414 2290"
MAIL = "hello@obriainjewellers.ie"
WS = "workshop@obriainjewellers.ie"
PRIV = "privacy@obriainjewellers.ie"

# ---------------------------------------------------------------- small talk
for m, it, l in [
    ("hi", "greeting", "en"), ("hiya!", "greeting", "en"), ("good morning", "greeting", "en"),
    ("Dia duit", "greeting", "ga"), ("dzień dobry", "greeting", "pl"), ("cześć :)", "greeting", "pl"),
    ("laba diena", "greeting", "lt"), ("olá, boa tarde", "greeting", "pt"), ("hola buenas", "greeting", "es"),
    ("bonjour", "greeting", "fr"), ("buongiorno a tutti", "greeting", "it"),
    ("thanks a million", "thanks", "en"),
    ("go raibh míle maith agat", "thanks", "ga"), ("dziękuję bardzo za pomoc", "thanks", "pl"),
    ("labai ačiū!", "thanks", "lt"), ("muito obrigada!!", "thanks", "pt"), ("mil gracias", "thanks", "es"),
    ("merci beaucoup, c'est très clair", "thanks", "fr"), ("grazie mille", "thanks", "it"),
    ("bye now", "goodbye", "en"), ("slán go fóill", "goodbye", "ga"), ("do widzenia", "goodbye", "pl"),
    ("viso gero", "goodbye", "lt"), ("tchau, até logo", "goodbye", "pt"), ("hasta luego", "goodbye", "es"),
    ("bonne journée, au revoir", "goodbye", "fr"), ("arrivederci", "goodbye", "it"),
]:
    c(m, False, it, None, l=l)

# ------------------------------------------- contact, phone and chat hours
for m, mm, l in [
    ("whats ur phone number", [PH], "en"),
    ("email for customer service?", [MAIL], "en"),
    ("are there real people on this chat on a saturday and till when", ["10:00–16:00"], "en"),
    ("who do I email about getting my watch serviced", [WS], "en"),
    ("is your phone line open sundays", ["closed on Sundays"], "en"),
    ("not looking for a person, just the address for data protection requests", [PRIV], "en"),
    ("how does the call back thing work, do I just leave my number somewhere?", ["obriainjewellers.ie/callback"], "en"),
    ("my mam's english isn't great, does anyone there speak polish?", ["Polish"], "en"),
    ("I write for a wedding blog, what's your press email?", ["press@obriainjewellers.ie"], "en"),
    ("Cad í bhur n-uimhir theileafóin?", [PH], "ga"),
    ("jaki macie adres e-mail do obsługi klienta?", [MAIL], "pl"),
    ("koks jūsų telefono numeris?", [PH], "lt"),
    ("até que horas posso ligar na sexta-feira?", ["17:30"], "pt"),
    ("¿a qué hora hay gente en el chat los sábados?", ["16:00"], "es"),
    ("vous avez un numéro WhatsApp ?", [WA], "fr"),
    ("qual è il vostro numero di telefono?", [PH], "it"),
]:
    c(m, False, "other", "contact", mm, l=l)

# ------------------------------------------------- the Wicklow Street showroom
for m, mm, l in [
    ("where is your shop exactly", ["14 Wicklow Street"], "en"),
    ("are you open late on thursdays?", ["20:00"], "en"),
    ("r u open on stephens day", ["closed"], "en"),
    ("nearest luas stop to you?", ["St Stephen's Green"], "en"),
    ("my dad uses a wheelchair, can he get into the shop?", ["ramp"], "en"),
    ("why was the door locked when I tried to come in earlier? the lights were on", ["ring the bell"], "en"),
    ("gdzie dokładnie jest wasz sklep?", ["14"], "pl"),
    ("kada atsidarote šeštadienį?", ["10:00"], "lt"),
    ("a loja abre ao domingo em janeiro?", ["12:00"], "pt"),
    ("à quelle heure ouvrez-vous le matin ?", ["10:00"], "fr"),
    ("dov'è il negozio? sono vicino a Grafton Street", ["14"], "it"),
]:
    c(m, False, "other", "showroom", mm, l=l)
for m, mm, l in [
    ("can you clean my ring while I wait? is there a charge", ["free"], "en"),
    ("do you clean emerald rings in the ultrasonic thing", ["not for emeralds"], "en"),
]:
    c(m, False, "product_info", "showroom", mm, l=l)

# ------------------------------------------------------------ appointments
for m, mm, l in [
    ("do I need an appointment to look at engagement rings on a saturday", ["by appointment only"], "en"),
    ("how long is an engagement ring consultation and does it cost anything", ["45 minutes"], "en"),
    ("I'm in Boston, can we look at rings over a video call?", ["video consultation"], "en"),
    ("how do I move my appointment to next week", ["24 hours"], "en"),
    ("I need to cancel my appointment on saturday, how do I do that", ["confirmation e-mail"], "en"),
    ("jak umówić wizytę w sprawie pierścionka zaręczynowego?", ["obriainjewellers.ie/appointments"], "pl"),
    ("posso marcar uma videochamada para ver anéis de noivado?", ["30"], "pt"),
    ("¿cómo cambio la hora de mi cita?", ["24"], "es"),
    ("combien de temps dure un rendez-vous pour une bague de fiançailles ?", ["45"], "fr"),
    ("posso prenotare una visita privata dopo la chiusura?", ["18:15"], "it"),
]:
    c(m, False, "product_info", "appointments", mm, l=l)

# ---------------------------------------------------------- outside the shop
for m, l in [
    ("will it rain in dublin tomorrow", "en"),
    ("who won the all-ireland hurling final this year", "en"),
    ("can you help with my maths homework, what's 15% of 240", "en"),
    ("an mbeidh sé ag cur báistí amárach?", "ga"),
    ("jaka będzie pogoda w Dublinie w weekend?", "pl"),
    ("kas vakar laimėjo Žalgirio rungtynes?", "lt"),
    ("quem ganhou o jogo do Benfica ontem?", "pt"),
    ("¿me ayudas con una redacción en inglés para el colegio?", "es"),
    ("tu peux m'écrire un poème pour ma demande en mariage ?", "fr"),
    ("che tempo fa domani a Dublino?", "it"),
]:
    c(m, False, "other", None, l=l)

# ------------------------------------------------------------------ shipping
for m, mm, l in [
    ("shipping to norway?", ["Norway"], "en"),
    ("how much is delivery in ireland", ["€9.95"], "en"),
    ("do u deliver to belfast, how much", ["€12.95"], "en"),
    ("what's shipping to the states? I'm in chicago", ["€39"], "en"),
    ("do you deliver to canada and how long does it take to get there", ["3–6 working days"], "en"),
    ("if i order before lunch will it go out today", ["13:00"], "en"),
    ("I want to send my sister a claddagh ring in perth, do you ship to australia", ["Australia"], "en"),
    ("ordered a ring made in my size, when does it ship?", ["5–7 working days"], "en"),
    ("my order comes to about €30,000, can you post that?", ["€25,000"], "en"),
    ("an seolann sibh go Gaillimh? cé mhéad?", ["9", "95"], "ga"),
    ("ile kosztuje wysyłka do Polski?", ["19", "95"], "pl"),
    ("od jakiej kwoty jest darmowa dostawa do Polski?", ["500"], "pl"),
    ("kiek kainuoja pristatymas į Lietuvą?", ["19", "95"], "lt"),
    ("quanto custa o envio para Portugal?", ["19", "95"], "pt"),
    ("¿cuánto cuesta el envío a España?", ["19", "95"], "es"),
    ("¿hacéis envíos a Estados Unidos?", ["39"], "es"),
    ("combien coûte la livraison en France ?", ["19", "95"], "fr"),
    ("quanto costa la spedizione in Italia e quanto ci mette?", ["19", "95"], "it"),
]:
    c(m, False, "shipping", "shipping", mm, l=l)

# ----------------------------------------- signed-for delivery and collection
for m, mm, l in [
    ("will the courier leave it with my neighbour if I'm out", ["neighbour"], "en"),
    ("what happens if im not home when dpd comes", ["5 days"], "en"),
    ("can I get it sent to my office instead of home", ["work address"], "en"),
    ("I'm proposing, will the box say jeweller on it?", ["plain brown box"], "en"),
    ("do I need to show ID when the parcel comes?", ["€2,000"], "en"),
    ("can I pick my order up from the shop instead? how quick", ["2 hours"], "en"),
    ("ar reikės parodyti asmens dokumentą kurjeriui?", [], "lt"),
    ("a caixa tem o nome da joalharia? é uma surpresa", [], "pt"),
    ("que se passe-t-il si je ne suis pas là quand DHL passe ?", ["7"], "fr"),
    ("quanto tempo tenete l'ordine in negozio se non lo ritiro subito?", ["30"], "it"),
]:
    c(m, False, "shipping", "insured-delivery", mm, l=l)

# ---------------------------------------------------- customs and duties
for m, mm, l in [
    ("do I pay customs if I order to manchester?", ["£135"], "en"),
    ("ordering to belfast, any customs?", ["No customs"], "en"),
    ("why did the price drop when I put in my US address", ["Irish VAT"], "en"),
    ("will fedex ask me for money when the ring gets to texas", ["US duties"], "en"),
    ("duty on a seiko watch going to glasgow?", ["4.5%"], "en"),
    ("what happens if I refuse to pay dhl the import charges", ["€45 to €80"], "en"),
    ("mieszkam w Londynie, czy zapłacę cło za pierścionek?", ["20"], "pl"),
    ("gyvenu Anglijoje, kiek PVM reikės sumokėti?", ["20"], "lt"),
    ("moro nos EUA, vou pagar taxas na entrega?", ["15"], "pt"),
    ("vivo en Canadá, ¿tendré que pagar impuestos al recibirlo?", ["5", "15"], "es"),
    ("j'habite à Montréal, est-ce que je paierai la douane ?", ["15"], "fr"),
    ("abito a Londra, quanto pago di IVA su un anello?", ["20"], "it"),
]:
    c(m, False, "shipping", "customs-duties", mm, l=l)

# ------------------------------------------------- order changes, the policy
for m, mm, l in [
    ("how long do I have to cancel an order? not cancelling, just asking", ["1 hour"], "en"),
    ("can I change the ring size after ordering?", ["24 hours"], "en"),
    ("if I cancel, how soon is the money back on my card", ["3–5 working days"], "en"),
    ("how do I cancel an order", [PH], "en"),
    ("once it's shipped can you redirect it to my work?", ["cannot be redirected"], "en"),
    ("¿se puede cancelar un pedido con grabado?", ["24"], "es"),
    ("comment annuler une commande ?", [PH], "fr"),
    ("posso annullare un ordine già spedito?", [], "it"),
]:
    c(m, False, "order_status", "order-changes", mm, l=l)

# ------------------------------------------------------------------- returns
for m, mm, l in [
    ("whats ur return policy", ["30 days"], "en"),
    ("can I return something engraved", ["cannot be returned"], "en"),
    ("she said yes but wants a different style, can engagement rings be swapped?", ["60 days"], "en"),
    ("how long until my refund once you have it back", ["10 working days"], "en"),
    ("can I return earrings?", ["hygiene seal"], "en"),
    ("I had the ring sized when I ordered, can I still return it", ["€45"], "en"),
    ("do you swap for a different size by post?", ["We do not swap pieces by post"], "en"),
    ("ile mam dni na zwrot?", ["30"], "pl"),
    ("quanto tempo demora o reembolso depois de receberem a devolução?", ["10"], "pt"),
    ("¿la devolución desde España es gratis?", ["15"], "es"),
    ("quelle est votre politique de retour ?", ["30"], "fr"),
    ("posso restituire un anello di fidanzamento se non le piace?", ["60"], "it"),
    ("cad é bhur bpolasaí maidir le hearraí a thabhairt ar ais?", ["30"], "ga"),
]:
    c(m, False, "return_refund", "returns", mm, l=l)

# --------------------------------------- damaged, wrong, missing: first report
for m, mm, it, l in [
    ("the box came with the security tape cut and the driver's gone", ["same day"], "complaint", "en"),
    ("ring arrived with a bent claw", ["48 hours"], "complaint", "en"),
    ("ordered a size N, the ring says P", ["14 days"], "complaint", "en"),
    ("only one earring in the box??", ["lid"], "complaint", "en"),
    ("got the pendant but no chain, I ordered both", ["split"], "complaint", "en"),
    ("pierścionek przyszedł porysowany", ["48"], "complaint", "pl"),
    ("gavau ne to dydžio žiedą", ["14"], "complaint", "lt"),
    ("a caixa chegou amassada e a fita estava rasgada", [], "complaint", "pt"),
    ("me ha llegado un pendiente roto", [MAIL], "complaint", "es"),
    ("la collana è arrivata con il filo spezzato", ["48"], "complaint", "it"),
]:
    c(m, False, it, "damaged-parcels", mm, l=l)

# --------------------------------------------- late or lost: first report
for m, mm, it, l in [
    ("tracking says delivered but I didn't get anything", ["signed"], "complaint", "en"),
    ("dpd says signed by ROBERTS, I don't know any roberts", ["reception"], "complaint", "en"),
    ("my parcel hasn't moved in tracking since monday", ["3 working days"], "shipping", "en"),
    ("I missed the courier and my parcel is going back to you, do I have to pay again?", ["once free of charge"], "shipping", "en"),
    ("status mówi doręczono, ale nic nie dostałam", [], "complaint", "pl"),
    ("siunta nejuda jau 4 dienas", ["3"], "shipping", "lt"),
    ("diz entregue mas não recebi nada", [], "complaint", "pt"),
    ("le suivi indique livré mais je n'ai rien reçu", [], "complaint", "fr"),
    ("il tracking è fermo da giorni", ["3"], "shipping", "it"),
]:
    c(m, False, it, "delivery-problems", mm, l=l)

# ------------------------------------------------------------------- payment
for m, mm, l in [
    ("can I pay with klarna", ["Pay in 3"], "en"),
    ("can I spread an engagement ring over 2 years", ["24 months"], "en"),
    ("can I just pay by bank transfer", ["€2,500"], "en"),
    ("I see 2 payments on my card for one order, is that a mistake?", ["5–10 working days"], "en"),
    ("klarna turned me down, can you approve it on your end?", ["Klarna decides"], "en"),
    ("someone from your shop rang to confirm my order, is that legit?", ["€1,000"], "en"),
    ("ar galima mokėti Klarna iš Lietuvos?", [], "lt"),
    ("aceitam MB Way?", [], "pt"),
    ("¿puedo pagar con PayPal en la tienda?", [], "es"),
    ("accettate American Express?", [], "it"),
]:
    c(m, False, "payment", "payment", mm, l=l)

# ------------------------------------------------------------------- layaway
for m, mm, l in [
    ("how does layaway work", ["20%"], "en"),
    ("how long can I take to pay off a layaway", ["6 months"], "en"),
    ("can I put a €150 pair of earrings on layaway", ["€200"], "en"),
    ("what if I can't pay anything for a couple of months", ["60 days"], "en"),
    ("not cancelling yet, but what do I lose if I cancel a layaway?", ["€25"], "en"),
    ("jak działa odkładanie biżuterii z przedpłatą?", ["20"], "pl"),
    ("kiek laiko galiu mokėti už rezervuotą papuošalą?", ["6"], "lt"),
    ("qual é o sinal mínimo para reservar uma peça?", ["50"], "pt"),
    ("¿puedo apartar un anillo y pagarlo poco a poco?", ["20"], "es"),
    ("y a-t-il des frais si j'annule une mise de côté ?", ["25"], "fr"),
    ("posso usare una carta regalo per pagare il layaway?", [], "it"),
]:
    c(m, False, "payment", "layaway", mm, l=l)

# ------------------------------------------------------------------ invoices
for m, mm, l in [
    ("where do I download my invoice", ["My orders"], "en"),
    ("need a company invoice with our VAT number", ["Buying for a company"], "en"),
    ("forgot to put the company name on, ordered last week, can the invoice be redone?", ["30 days"], "en"),
    ("is my receipt enough for my home insurance?", ["valuation certificate"], "en"),
    ("mi serve la fattura con partita IVA, dove la trovo?", [], "it"),
]:
    c(m, False, "payment", "invoices", mm, l=l)

# ----------------------------------------------------------- tax-free shopping
for m, mm, l in [
    ("I'm visiting from boston, can I get the VAT back on a ring?", ["Global Blue"], "en"),
    ("roughly how much do I actually get back tax-free", ["15%"], "en"),
    ("I'm from brazil but studying in dublin, can I shop tax free?", ["students"], "en"),
    ("soy de México y estoy de vacaciones, ¿puedo recuperar el IVA?", [], "es"),
    ("je suis canadienne en vacances, la détaxe est possible ?", [], "fr"),
]:
    c(m, False, "payment", "tax-free-shopping", mm, l=l)

# ---------------------------------------------------- gift cards, store credit
for m, mm, l in [
    ("how long are your gift cards good for", ["5 years"], "en"),
    ("how do I check the balance on my gift card", ["obriainjewellers.ie/giftcard-balance"], "en"),
    ("the e-gift card I sent my sister hasn't shown up", ["Resend gift card"], "en"),
    ("where's my store credit from the return", ["My credit"], "en"),
    ("lost the gift card my aunt gave me in a box, is the money gone?", ["block"], "en"),
    ("jak długo ważna jest karta podarunkowa?", ["5"], "pl"),
    ("kiek galioja dovanų kortelė?", ["5"], "lt"),
    ("¿puedo usar la tarjeta regalo en la tienda física?", [], "es"),
]:
    c(m, False, "payment", "gift-cards", mm, l=l)

# ------------------------------------------ discount codes and price promise
for m, mm, l in [
    ("FAILTE10 isn't working on a tissot", ["watches"], "en"),
    ("can I use two codes on one order", ["One discount code per order"], "en"),
    ("forgot to add my code, can you still take it off?", ["cannot be added"], "en"),
    ("do you price match?", ["14 days"], "en"),
    ("the price went down a week after I bought, do I get the difference?", ["do not refund the difference"], "en"),
    ("gdzie wpisać kod rabatowy?", [], "pl"),
    ("o código FAILTE10 vale para relógios?", ["FAILTE10"], "pt"),
    ("¿igualáis el precio si lo encuentro más barato en otra joyería?", ["14"], "es"),
    ("avete un codice sconto per chi si iscrive alla newsletter?", ["10"], "it"),
]:
    c(m, False, "payment", "discount-codes", mm, l=l)

# ------------------------------------------------------------------- account
for m, mm, l in [
    ("forgot my pasword", ["Forgot password?"], "en"),
    ("the reset link says expired", ["60 minutes"], "en"),
    ("locked out after too many tries", ["30 minutes"], "en"),
    ("always ordered as a guest, will I see those orders if I make an account?", ["same e-mail address"], "en"),
    ("what's this drop a hint thing", ["Drop a hint"], "en"),
    ("pamiršau slaptažodį", ["60"], "lt"),
    ("mi cuenta está bloqueada", ["30"], "es"),
    ("ho dimenticato la password", ["60"], "it"),
]:
    c(m, False, "account", "account", mm, l=l)

# ------------------------------------------------------------------- privacy
for m, mm, l in [
    ("how do I delete my account", ["Delete account"], "en"),
    ("how long do you keep my info after I delete my account", ["6 years"], "en"),
    ("do you sell my data?", ["never sell"], "en"),
    ("how do I stop getting the newsletter", ["Unsubscribe"], "en"),
    ("como peço uma cópia dos meus dados?", [PRIV], "pt"),
    ("à qui écrire pour mes données personnelles ?", [PRIV], "fr"),
]:
    c(m, False, "account", "privacy", mm, l=l)

# ---------------------------------------------------------------- warranty
for m, mm, l in [
    ("how long is the guarantee on jewellery", ["2 years"], "en"),
    ("the clasp on my bracelet won't close, bought it in march", ["obriainjewellers.ie/repairs"], "en"),
    ("my citizen eco-drive stopped, bought 3 years ago, still covered?", ["5 years"], "en"),
    ("se me ha roto el cierre de la pulsera, ¿entra en la garantía?", [], "es"),
    ("ma montre a pris l'eau sous la douche, c'est couvert ?", [], "fr"),
]:
    c(m, False, "return_refund", "warranty", mm, l=l)

# ---------------------------------------------------- lifetime stone guarantee
for m, mm, l in [
    ("what's the lifetime guarantee on diamonds", ["Set in Dublin"], "en"),
    ("how often do I have to bring the ring in for the check", ["12 months"], "en"),
    ("a diamond fell out of my engagement ring!! I found the stone", ["guarantee booklet"], "en"),
    ("the emerald in my ring has a chip, is that covered", ["emeralds"], "en"),
    ("missed my yearly check by 3 months, am I still covered?", ["14 months"], "en"),
    ("kaip dažnai reikia atnešti žiedą patikrinimui?", ["12"], "lt"),
    ("¿la garantía de por vida pasa a mi marido?", [], "es"),
    ("ogni quanto devo portare l'anello per il controllo?", ["12"], "it"),
]:
    c(m, False, "return_refund", "lifetime-guarantee", mm, l=l)

# -------------------------------------------------------------- ring sizing
for m, it, mm, l in [
    ("how do I find out my ring size", "product_info", ["ring sizer"], "en"),
    ("what's irish size P in european sizes", "product_info", ["56.5"], "en"),
    ("is resizing free if it doesn't fit?", "product_info", ["60 days"], "en"),
    ("can a full eternity ring be made bigger", "product_info", ["remake"], "en"),
    ("need her ring size without her knowing, help", "product_info", ["bar of soap"], "en"),
    ("ile kosztuje zmniejszenie srebrnego pierścionka?", "product_info", ["35"], "pl"),
    ("quanto custa aumentar um anel de ouro 18k?", "product_info", ["75"], "pt"),
    ("combien de temps pour mettre une bague à la bonne taille ?", "product_info", ["5"], "fr"),
]:
    c(m, False, it, "ring-sizing", mm, l=l)

# ----------------------------------------------------------------- engraving
for m, it, mm, l in [
    ("how much is engraving inside a ring", "product_info", ["€25"], "en"),
    ("can you engrave in irish with the fadas", "product_info", ["síneadh fada"], "en"),
    ("if I get it engraved can I still send it back", "return_refund", ["cannot be returned"], "en"),
    ("you engraved Siobhan without the fada, I typed Siobhán", "complaint", ["14 days"], "en"),
    ("kiek raidžių galima išgraviruoti žiedo viduje?", "product_info", ["25"], "lt"),
    ("¿cuánto cuesta grabar a mano?", "product_info", ["60"], "es"),
    ("vous gravez le dos des montres ?", "product_info", ["45"], "fr"),
]:
    c(m, False, it, "engraving", mm, l=l)

# ------------------------------------------------ watch batteries and service
for m, mm, l in [
    ("how much for a watch battery", ["€20"], "en"),
    ("can I wait while you change the battery", ["15 minutes"], "en"),
    ("price for a full service on an automatic?", ["€260"], "en"),
    ("my automatic loses about 2 mins a day, does it need a service", ["a minute a day"], "en"),
    ("do you service rolexes", ["not an authorised service centre"], "en"),
    ("kiek kainuoja laikrodžio baterijos keitimas?", ["20"], "lt"),
    ("quanto custa a revisão de um relógio automático?", ["260"], "pt"),
    ("quanto costa la revisione completa di un orologio al quarzo?", ["120"], "it"),
]:
    c(m, False, "product_info", "watch-service", mm, l=l)

# -------------------------------------------------------- jewellery repairs
for m, mm, l in [
    ("my gold chain snapped, can you fix it and how much", ["€35"], "en"),
    ("do you repair stuff that wasn't bought from you", ["whether or not"], "en"),
    ("can you fix a necklace from penneys", ["costume jewellery"], "en"),
    ("claws on my ring look worn, how much to fix", ["€40 per claw"], "en"),
    ("¿cuánto cuesta cambiar el cierre de una cadena de oro?", ["65"], "es"),
    ("vous réparez les bijoux fantaisie ?", [], "fr"),
]:
    c(m, False, "product_info", "jewellery-repairs", mm, l=l)

# ---------------------------------------------------------------- valuations
for m, mm, l in [
    ("how much is a valuation for insurance", ["€95"], "en"),
    ("can you value my nan's ring from a photo", ["in person only"], "en"),
    ("do you buy gold?", ["do not buy"], "en"),
    ("I need a valuation today for the insurance, is that possible", ["€150"], "en"),
    ("ile kosztuje wycena pierścionka do ubezpieczenia?", ["95"], "pl"),
    ("combien coûte une expertise pour l'assurance ?", ["95"], "fr"),
]:
    c(m, False, "product_info", "valuations", mm, l=l)

# --------------------------------------------------------------- hallmarking
for m, mm, l in [
    ("what does 750 stamped inside my ring mean", ["18ct"], "en"),
    ("what's the little lady figure on my irish silver", ["Hibernia"], "en"),
    ("how do I know if it's real gold, there's no stamp", ["€25"], "en"),
    ("co oznacza próba 585?", ["14"], "pl"),
    ("o que quer dizer 375 dentro do anel?", ["9"], "pt"),
    ("¿quién pone los contrastes en Irlanda?", [], "es"),
]:
    c(m, False, "product_info", "hallmarking", mm, l=l)

# --------------------------------------------------------- engagement rings
for m, mm, l in [
    ("what are the 4 cs", ["Carat"], "en"),
    ("lab grown vs natural, what's the actual difference", ["IGI"], "en"),
    ("are your diamonds conflict free", ["Kimberley Process"], "en"),
    ("os vossos diamantes têm certificado?", ["30"], "pt"),
    ("quelle différence entre un diamant de laboratoire et un diamant naturel ?", [], "fr"),
    ("il platino è meglio dell'oro bianco per un anello di fidanzamento?", [], "it"),
]:
    c(m, False, "product_info", "engagement-rings", mm, l=l)

# ----------------------------------------------------------- Claddagh, Celtic
for m, mm, l in [
    ("how do you wear a claddagh ring if you're married", ["towards you"], "en"),
    ("what does the claddagh actually mean", ["friendship"], "en"),
    ("what does the trinity knot mean", ["triquetra"], "en"),
    ("can you do our names in ogham", ["Ogham"], "en"),
    ("cad is brí leis an gcroí ar fháinne Chladaigh?", [], "ga"),
    ("ką reiškia claddagh žiedas?", [], "lt"),
    ("¿el mármol de Connemara es siempre del mismo verde?", [], "es"),
    ("d'où vient la bague de Claddagh ?", ["1700"], "fr"),
]:
    c(m, False, "product_info", "claddagh-celtic", mm, l=l)

# --------------------------------------------------------- metals and care
for m, mm, l in [
    ("my ring left a green mark on my finger, am I allergic?", ["not an allergy"], "en"),
    ("is your white gold nickel free", ["nickel-free"], "en"),
    ("how do I clean my engagement ring at home", ["washing-up liquid"], "en"),
    ("why is my white gold ring going a bit yellow", ["rhodium"], "en"),
    ("qual è la differenza tra oro 9 carati e 18 carati?", ["75"], "it"),
]:
    c(m, False, "product_info", "metals-and-care", mm, l=l)

# ---------------------------------------------------------------- watches
for m, mm, l in [
    ("can I swim with a 5 bar watch", ["short swims"], "en"),
    ("do you sell rolex", ["not a dealer"], "en"),
    ("quartz or automatic for my first proper watch", ["battery"], "en"),
    ("how do you size the bracelet if I order online", ["wrist size"], "en"),
    ("ar galima plaukti su 10 bar laikrodžiu?", ["100"], "lt"),
]:
    c(m, False, "product_info", "watch-guide", mm, l=l)

# ------------------------------------------------------------------ bespoke
for m, mm, l in [
    ("what does bespoke cost roughly", ["€1,500"], "en"),
    ("how long does a custom ring take", ["4–6 weeks"], "en"),
    ("can you reuse the diamonds from my mum's old ring", ["reuse the stones"], "en"),
    ("can you melt my granny's gold into a new ring", ["cannot guarantee"], "en"),
    ("ile kosztuje pierścionek robiony na zamówienie?", ["500"], "pl"),
    ("qual é o sinal para uma peça feita por medida?", ["30"], "pt"),
    ("l'acconto per un gioiello su misura è rimborsabile?", ["30"], "it"),
]:
    c(m, False, "product_info", "bespoke", mm, l=l)

# ------------------------------------------------- products (data answers)
for m, mm, l in [
    ("how much is the aisling solitaire 0.50", ["450"], "en"),
    ("is the citizen BM7108-14E in stock", ["3 weeks"], "en"),
    ("how heavy is the 9ct curb chain", ["4.2 g"], "en"),
    ("price of the silver claddagh ring", ["65"], "en"),
    ("what size are the pearls on the 45 cm necklace", ["7–7.5 mm"], "en"),
    ("do you have the emerald cluster ring in stock", ["4 weeks"], "en"),
    ("seiko 5 SRPD55K1 how much", ["330"], "en"),
    ("how many diamonds in the tennis bracelet", ["44"], "en"),
    ("ile kosztuje pierścień claddagh z 9-karatowego złota?", ["245"], "pl"),
    ("kiek kainuoja Trinity knot pakabukas?", ["395"], "lt"),
    ("quanto custa o relógio Longines Conquest?", ["650"], "pt"),
    ("¿cuánto cuestan los pendientes de perlas de 8 mm?", ["95"], "es"),
    ("quel est le prix des boutons de manchette Book of Kells ?", ["120"], "fr"),
    ("quanto costa la fede in platino da 5 mm?", ["350"], "it"),
    ("cé mhéad atá ar an bhfáinne Chladaigh airgid?", ["65"], "ga"),
]:
    c(m, False, "product_info", None, mm, l=l)

# ------------------------------------------------------- order status (data)
for m, mm, mnm, l, cu in [
    ("where's my order OBJ-58213", ["15501942730186"], [], "en", "u25001"),
    ("obj58213 tracking?", ["15501942730186"], [], "en", "u25001"),
    ("Cá bhfuil m'ordú OBJ-58213?", ["15501942730186"], [], "ga", "u25001"),
    ("gdzie jest moje zamówienie OBJ-58240?", ["4471859203"], [], "pl", "u25002"),
    ("has OBJ 58197 been delivered? the two wedding bands", ["delivered"], [], "en", "u25003"),
    ("did the refund for OBJ-58105 go through", ["refunded"], [], "en", "u25004"),
    ("is order 58266 confirmed? I sent the bank transfer last night", ["pending"], [], "en", "u25005"),
    ("where are my rings, obj-58231", ["779124065518"], [], "en", "u25006"),
    ("tracking for 58252 please, it's a watch going to leeds", ["4471860352"], [], "en", "u25007"),
    ("kur mano užsakymas OBJ-58188?", ["4471857764"], [], "lt", "u25010"),
    ("¿dónde está mi pedido 58229?", ["4471860917"], [], "es", "u25034"),
    ("où en est ma commande OBJ 58235 ?", ["4471861147"], [], "fr", "u25021"),
    ("où est mon colis ? commande #58244", ["779124078830"], [], "fr", "u25018"),
    ("onde está a minha encomenda #58248?", ["4471862268"], [], "pt", "u25028"),
    ("dov'è il mio ordine OBJ-58222?", ["4471856641"], [], "it", "u25026"),
    ("gdzie jest mój zegarek? zamówienie obj58246", ["4471862035"], [], "pl", "u25038"),
    ("ar mano užsakymas 58268 jau išsiųstas? pervedžiau pinigus vakar", [], [], "lt", "u25032"),
    ("is my bangle ready to collect? OBJ-58272", ["paid"], [], "en", "u25035"),
    ("just checking OBJ-58111 really was cancelled", ["cancelled"], [], "en", "u25033"),
    ("where's my platinum band, OBJ-58255", ["15501942651170"], [], "en", "u25045"),
    ("did my ring sizer get posted? 58173", ["RR104771936IE"], [], "en", "u25045"),
    ("has my watch shipped yet", ["15501941826604"], [], "en", "u25047"),
    ("fedex tracking for my wedding band order OBJ-58242?", ["779124081142"], [], "en", "u25041"),
    ("is the tennis bracelet layaway still under my name, OBJ-58090?", ["pending"], [], "en", "u25022"),
]:
    c(m, False, "order_status", None, mm, mnm, l=l, cu=cu)
# someone else's order / no such order / no number at all
for m, mnm, l in [
    ("where is order OBJ-58213?", ["15501942730186"], "en"),
    ("gdzie jest zamówienie 58240?", ["4471859203"], "pl"),
    ("status for #58231", ["779124065518"], "en"),
    ("tracking for OBJ-58999 please", [], "en"),
    ("où est la commande 58990 ?", [], "fr"),
    ("where's my claddagh ring? ordered it last week", ["15501942730186"], "en"),
]:
    c(m, False, "order_status", None, [], mnm, l=l)
# orders whose timing or charges a page explains
c("when will our ogham rings OBJ-58270 be sent?", False, "order_status", "shipping", ["10 working days"], cu="u25008")
c("will I have to pay anything when OBJ-58252 arrives in leeds?", False, "shipping", "customs-duties", ["20%"], cu="u25007")
c("do I owe fedex anything for OBJ-58231?", False, "shipping", "customs-duties", ["US duties"], cu="u25006")
c("Est-ce que je vais payer des frais à la livraison de la commande 58244 ?", False, "shipping", "customs-duties", ["5", "15"], l="fr", cu="u25018")
c("paid by bank transfer on monday and my order 58266 still says pending, why?", False, "payment", "payment", ["1–2 working days"], cu="u25005")

# ============================================================ hand-overs
# --------------------------------------------- explicit asks for a person
for m, l in [
    ("can I talk to a real person please", "en"),
    ("human", "en"),
    ("agent pls", "en"),
    ("is there an actual person there", "en"),
    ("transfer me pls", "en"),
    ("can someone call me back on 087 319 4462", "en"),
    ("I want to speak to your manager", "en"),
    ("could I speak to Siobhán from the shop? she helped me pick my ring last month", "en"),
    ("I'd like to talk to the watchmaker himself", "en"),
    ("put me through to someone in the workshop", "en"),
    ("Would it be possible to have one of your jewellers ring me this afternoon? Many thanks", "en"),
    ("sorry, I'd rather not do this with a bot", "en"),
    ("An féidir liom labhairt le duine?", "ga"),
    ("ba mhaith liom labhairt le duine daonna, le do thoil", "ga"),
    ("czy mogę porozmawiać z konsultantem?", "pl"),
    ("poproszę z człowiekiem", "pl"),
    ("proszę o telefon, 083 415 2267", "pl"),
    ("chcę rozmawiać z kierownikiem", "pl"),
    ("ar galiu pasikalbėti su žmogumi?", "lt"),
    ("norėčiau kalbėti su konsultantu", "lt"),
    ("prašau man paskambinti", "lt"),
    ("posso falar com um atendente?", "pt"),
    ("quero falar com uma pessoa de verdade", "pt"),
    ("alguém pode me ligar?", "pt"),
    ("¿puedo hablar con una persona?", "es"),
    ("quiero hablar con el encargado", "es"),
    ("pásame con alguien de la tienda", "es"),
    ("je voudrais parler à un conseiller", "fr"),
    ("pouvez-vous me rappeler ?", "fr"),
    ("passez-moi un humain s'il vous plaît", "fr"),
    ("posso parlare con un operatore?", "it"),
    ("vorrei parlare con una persona", "it"),
    ("mi può richiamare qualcuno?", "it"),
]:
    c(m, True, "human_request", None, l=l)

# ------------------------------------------------- press and partnerships
for m, l in [
    ("I'm a journalist with the Irish Times doing a piece on Claddagh rings, could someone from the family talk to me?", "en"),
    ("I'm a wedding planner in Kildare and would love to talk to someone about working together", "en"),
    ("sono una wedding planner a Firenze, vorrei parlare con qualcuno per una collaborazione", "it"),
    ("prowadzę bloga ślubnego i chciałabym porozmawiać z kimś o współpracy", "pl"),
]:
    c(m, True, "human_request", "contact", l=l)

# -------------------------------------------- cancel or change an order
for m, it, art, l, cu in [
    ("please cancel my order OBJ-58274", "order_status", "order-changes", "en", "u25009"),
    ("can you change the ring size on OBJ-58274 from N to M? ordered it this morning", "order_status", "order-changes", "en", "u25009"),
    ("cancel 58274 pls, she said no", "order_status", "order-changes", "en", "u25009"),
    ("please change the delivery address on OBJ-58261, I've moved to Galway", "order_status", "order-changes", "en", "u25015"),
    ("switch 58261 to collect in store please, I work around the corner", "order_status", "order-changes", "en", "u25015"),
    ("can you pop a care kit into OBJ-58261 before it goes out?", "order_status", "order-changes", "en", "u25015"),
    ("can you change the names on our ogham rings OBJ-58270? I spelt Seán wrong", "order_status", "order-changes", "en", "u25008"),
    ("please cancel the longines, OBJ-58277", "order_status", "order-changes", "en", "u25020"),
    ("can you hold my bank transfer order 58266 until next friday? payday", "order_status", "order-changes", "en", "u25005"),
    ("anulujcie proszę zamówienie OBJ-58240", "order_status", "order-changes", "pl", "u25002"),
    ("proszę zmienić adres dostawy w zamówieniu 58246", "order_status", "order-changes", "pl", "u25038"),
    ("prašau atšaukti užsakymą OBJ-58268", "order_status", "order-changes", "lt", "u25032"),
    ("ar galite pakeisti pristatymo adresą užsakyme 58268?", "order_status", "order-changes", "lt", "u25032"),
    ("cancelem a encomenda OBJ-58248, por favor", "order_status", "order-changes", "pt", "u25028"),
    ("podem enviar a encomenda 58248 para o meu trabalho em vez de casa?", "order_status", "order-changes", "pt", "u25028"),
    ("por favor, cancelad mi pedido 58229", "order_status", "order-changes", "es", "u25034"),
    ("¿podéis añadir una cadena de plata al pedido OBJ 58229?", "order_status", "order-changes", "es", "u25034"),
    ("annulez ma commande OBJ-58235 s'il vous plaît", "order_status", "order-changes", "fr", "u25021"),
    ("pouvez-vous livrer la commande 58244 à une autre adresse ?", "order_status", "order-changes", "fr", "u25018"),
    ("potete aggiungere un'incisione all'ordine OBJ-58279 prima del ritiro?", "order_status", "order-changes", "it", "u25042"),
    ("please send my parcel out again, it went back to you while I was away", "order_status", "delivery-problems", "en", None),
    ("I got two silver claddaghs in OBJ-58208, can you swap one for a size P?", "return_refund", "returns", "en", "u25017"),
    ("I want my money back for the seiko, OBJ-58120, just refund it please", "return_refund", "returns", "en", "u25036"),
    ("quero o meu dinheiro de volta pelos brincos da encomenda 58233", "return_refund", "returns", "pt", "u25040"),
    ("voglio restituire l'orologio dell'ordine OBJ-58222 e riavere i soldi", "return_refund", "returns", "it", "u25026"),
    ("please cancel my layaway on the tennis bracelet OBJ-58090 and refund me", "payment", "layaway", "en", "u25022"),
    ("anulujcie proszę mój layaway i oddajcie wpłaty", "payment", "layaway", "pl", None),
]:
    c(m, True, it, art, l=l, cu=cu)

# --------------------------------------------- things only staff can do
E = []  # (message, intent, article, lang, customer)
E += [  # charged twice / unknown charge
    ("you charged me twice for OBJ-58189, €180 two times, both completed, not pending, and it's been 2 weeks", "payment", "payment", "en", "u25024"),
    ("there's a €1,250 payment to OBRIAIN JEWELLERS DUBLIN on my card and I've never bought anything from you", "payment", None, "en", None),
    ("pobraliście dwa razy pieniądze za to samo zamówienie, obie transakcje są zaksięgowane od 12 dni", "payment", "payment", "pl", None),
    ("nuskaitėte pinigus du kartus už tą patį užsakymą, abu mokėjimai jau įvykdyti", "payment", "payment", "lt", None),
    ("me habéis cobrado dos veces el mismo pedido y ya han pasado dos semanas", "payment", "payment", "es", None),
    ("vous m'avez débité deux fois et ce n'est pas une pré-autorisation, c'est bien prélevé", "payment", "payment", "fr", None),
    ("qualcuno ha usato la mia carta per fare un ordine da voi, non sono stato io", "payment", None, "it", None),
]
E += [  # charged after cancelling
    ("OBJ-58160 was cancelled on the 20th and the €690 is still gone from my account, it's not an authorisation", "payment", "order-changes", "en", "u25012"),
    ("cancelei a encomenda e mesmo assim cobraram o valor todo no cartão", "payment", "order-changes", "pt", None),
    ("I cancelled my layaway last month and you took another €100 off my card", "payment", "layaway", "en", None),
    ("cancelé el apartado hace tres semanas y me seguís cobrando las cuotas", "payment", "layaway", "es", None),
]
E += [  # refund missing, Klarna disagreeing
    ("returned the pearl necklace ages ago, OBJ-58105 says refunded since 12 november and nothing in my bank", "return_refund", "returns", "en", "u25004"),
    ("devolví la pulsera del pedido 58119 y todavía no tengo el dinero, ya van tres semanas", "return_refund", "returns", "es", "u25014"),
    ("zwróciłam pierścionek miesiąc temu i dalej nie mam pieniędzy", "return_refund", "returns", "pl", None),
    ("grąžinau auskarus prieš penkias savaites, pinigų vis dar nėra", "return_refund", "returns", "lt", None),
    ("j'ai renvoyé le collier il y a un mois et toujours aucun remboursement", "return_refund", "returns", "fr", None),
    ("klarna says I still owe €180 but you told me the return was refunded, they won't listen to me", "payment", "returns", "en", None),
    ("Klarna says the merchant cancelled my order but your site says it's paid and being made, which is it?", "payment", "payment", "en", None),
    ("a Klarna diz que ainda devo, mas vocês disseram que o reembolso já foi feito", "payment", "returns", "pt", None),
]
E += [  # vanished credit, gift card never arrived, layaway balance wrong, price promise
    ("my store credit from returning the wedding band (OBJ-58097) was under My credit and now it says €0", "payment", "gift-cards", "en", "u25025"),
    ("bought a €100 e-gift card for my brother, OBJ-58214, resent it twice from My orders, right address, not in spam, he still has nothing", "payment", "gift-cards", "en", "u25023"),
    ("dingo mano parduotuvės kreditas iš paskyros, buvo daugiau nei 600 eurų", "payment", "gift-cards", "lt", None),
    ("la carte cadeau n'est jamais arrivée, même après le renvoi depuis Mes commandes", "payment", "gift-cards", "fr", None),
    ("I paid €300 off my layaway in the shop on saturday and My layaways still shows the old balance", "payment", "layaway", "en", "u25022"),
    ("wpłaciłam ratę za layaway w sklepie, a saldo na koncie się nie zmieniło", "payment", "layaway", "pl", None),
    ("bought the tissot powermatic from you 5 days ago and another authorised shop on grafton st has it €60 cheaper, please refund the difference", "payment", "discount-codes", "en", None),
    ("ho trovato lo stesso orologio a 60 euro in meno in un negozio autorizzato a Dublino, vorrei il rimborso della differenza", "payment", "discount-codes", "it", "u25026"),
]
E += [  # delivered, not received, already looked
    ("DPD says OBJ-58176 was delivered and signed for on the 25th. I live alone, asked every neighbour and the depot, nothing. it's a €1,150 pendant", "complaint", "delivery-problems", "en", "u25016"),
    ("kurier twierdzi, że paczka doręczona, pytałem sąsiadów i recepcję, od tygodnia nic", "complaint", "delivery-problems", "pl", None),
    ("pone entregado y firmado, pero nadie en casa firmó nada, ya pregunté a todos los vecinos", "complaint", "delivery-problems", "es", None),
    ("risulta consegnato ma la firma non è di nessuno di noi, ho chiesto al portiere e ai vicini", "complaint", "delivery-problems", "it", None),
]
E += [  # import charges disputed
    ("DHL wants £790 before they'll deliver OBJ-58226, that's way more than 20% plus their fee", "shipping", "customs-duties", "en", "u25027"),
    ("fedex wants duties for OBJ-58242 even though I paid the US duties at checkout", "shipping", "customs-duties", "en", "u25041"),
    ("FedEx me demande 120 dollars pour la commande 58244, alors que les bijoux irlandais sont censés être sans droits", "shipping", "customs-duties", "fr", "u25018"),
]
E += [  # guarantees, repairs and services that failed again or went missing
    ("my seiko from OBJ-58044 went off under warranty once already and it's stopping again, same fault", "return_refund", "warranty", "en", "u25011"),
    ("the diamond you reset under the lifetime guarantee in september has fallen out again", "return_refund", "lifetime-guarantee", "en", None),
    ("you refused my lifetime guarantee claim but I have every yearly check stamped in the booklet", "return_refund", "lifetime-guarantee", "en", None),
    ("la garantía de por vida me la han rechazado y tengo todas las revisiones anuales hechas", "return_refund", "lifetime-guarantee", "es", None),
    ("o diamante caiu outra vez depois do conserto na garantia", "return_refund", "lifetime-guarantee", "pt", None),
    ("you said the service on my dad's watch would take 4 to 6 weeks, it's been 11 and nobody answers workshop@", "return_refund", "watch-service", "en", None),
    ("zegarek po waszym serwisie znowu się spóźnia, to już drugi raz", "return_refund", "watch-service", "pl", None),
    ("la montre est revenue de révision et elle prend l'eau", "return_refund", "watch-service", "fr", None),
    ("po remonto grandinėlė vėl nutrūko toje pačioje vietoje", "return_refund", "jewellery-repairs", "lt", None),
    ("il fermaglio che avete riparato si è rotto di nuovo", "return_refund", "jewellery-repairs", "it", None),
    ("I left a chain in for repair, you've lost the ticket and now nobody can find the chain", "complaint", "jewellery-repairs", "en", None),
    ("we got the rings back after you redid the engraving and it's wrong AGAIN", "complaint", "engraving", "en", None),
    ("my insurer rejected your valuation certificate, I asked you two weeks ago to correct the stone weight and still nothing", "complaint", "valuations", "en", None),
]
E += [  # damaged again, photos unanswered
    ("the replacement necklace you sent after the first broken one also came broken", "complaint", "damaged-parcels", "en", None),
    ("anche il bracciale sostitutivo è arrivato rovinato", "complaint", "damaged-parcels", "it", None),
    ("sent the photos of the crushed box 6 days ago like the page says, no reply at all", "complaint", "damaged-parcels", "en", None),
]
E += [  # order not placed, someone else's data, deletion, locked out
    ("there's an order OBJ-58218 on my account for diamond earrings that I never placed", "account", None, "en", "u25039"),
    ("na moim koncie jest zamówienie, którego nie składałem", "account", None, "pl", None),
    ("mano paskyroje yra užsakymas, kurio aš nedariau", "account", None, "lt", None),
    ("I logged in and there's someone else's name and address in My details", "account", "privacy", "en", None),
    ("je vois les commandes de quelqu'un d'autre dans mon compte", "account", "privacy", "fr", None),
    ("I asked for my account to be deleted in september, still getting emails and I can still log in", "account", "privacy", "en", None),
    ("pedí borrar mis datos hace dos meses y me siguen mandando la newsletter", "account", "privacy", "es", None),
    ("pedi para apagarem a minha conta há seis semanas e continua ativa", "account", "privacy", "pt", None),
    ("did the forgot password thing 3 times, no email, checked spam, and my layaway is in there", "account", "account", "en", None),
    ("resetowałam hasło kilka razy, mail nie przychodzi, spam sprawdzony", "account", "account", "pl", None),
    ("ho provato a reimpostare la password tre volte, nessuna email, nemmeno nello spam", "account", "account", "it", None),
]
E += [  # legal threats and staff
    ("if this isn't sorted by friday I'm going to the CCPC and the small claims court", "complaint", None, "en", None),
    ("the man at the counter on saturday was really condescending to my fiancé", "complaint", None, "en", None),
    ("pani w sklepie była bardzo niemiła dla mojej mamy", "complaint", None, "pl", None),
    ("voy a poner una reclamación formal en consumo si no me devolvéis el dinero", "complaint", None, "es", None),
    ("je vais saisir le Centre Européen des Consommateurs", "complaint", None, "fr", None),
    ("a funcionária ao telefone desligou-me na cara", "complaint", None, "pt", None),
    ("Níl mé sásta leis an tseirbhís ar chor ar bith, rachaidh mé chuig an CCPC", "complaint", None, "ga", None),
]
for m, it, art, l, cu in E:
    c(m, True, it, art, l=l, cu=cu)

# ================================================== conversations (2-4 turns)
# ---- a question is answered, then a person is asked for
for msgs, art, l in [
    (["how much is a watch battery", "ok cool. can I talk to the watchmaker about my dad's old omega"], "watch-service", "en"),
    (["what's the return policy", "grand. transfer me to someone pls"], "returns", "en"),
    (["how does layaway work", "can a person ring me to set it up, I'd rather do it on the phone"], "layaway", "en"),
    (["do you ship to canada", "ok, can I speak to someone? it's a big order for my daughter's wedding"], "shipping", "en"),
    (["what's the lifetime guarantee", "ok I'd like to talk to one of the jewellers about it"], "lifetime-guarantee", "en"),
    (["how much is a valuation", "thanks. is there a real person I can ask about my grandmother's brooch"], "valuations", "en"),
    (["are you open late thursday", "thanks. could someone ring me before I come in?"], "showroom", "en"),
    (["what does bespoke cost", "right, I'd like to talk it through with a designer please"], "bespoke", "en"),
    (["cathain a osclaíonn sibh Dé Domhnaigh?", "go raibh maith agat. an féidir liom labhairt le duine anois?"], "showroom", "ga"),
    (["ile kosztuje wysyłka do Polski?", "dobrze, a mogę porozmawiać z kimś z obsługi?"], "shipping", "pl"),
    (["jak działa gwarancja dożywotnia?", "wolałabym porozmawiać o tym z człowiekiem"], "lifetime-guarantee", "pl"),
    (["kiek kainuoja pristatymas į Lietuvą?", "gerai, ar galiu pasikalbėti su žmogumi?"], "shipping", "lt"),
    (["ar keičiate laikrodžių baterijas?", "norėčiau pasikalbėti su laikrodininku"], "watch-service", "lt"),
    (["como funciona o layaway?", "prefiro falar com alguém por telefone"], "layaway", "pt"),
    (["vocês fazem joias por medida?", "ok, posso falar com um dos joalheiros?"], "bespoke", "pt"),
    (["¿cuánto tarda el envío a España?", "vale, ¿puedo hablar con una persona?"], "shipping", "es"),
    (["¿hacéis tasaciones para el seguro?", "quiero hablar directamente con la gemóloga"], "valuations", "es"),
    (["quelle est votre politique de retour ?", "d'accord, je préfère parler à un conseiller"], "returns", "fr"),
    (["combien coûte la révision d'une montre automatique ?", "pouvez-vous demander à l'horloger de me rappeler ?"], "watch-service", "fr"),
    (["quanto costa la spedizione in Italia?", "va bene, posso parlare con qualcuno?"], "shipping", "it"),
    (["come funziona la garanzia a vita?", "preferisco parlarne con una persona"], "lifetime-guarantee", "it"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- frustration that builds over the turns (no swearing)
for msgs, art, l in [
    (["how do I get my invoice", "there's no invoice button under My orders", "I've looked 3 times, it isn't there. this isn't helping"], "invoices", "en"),
    (["the reset password email never comes", "yes I checked spam", "same answer again, I still can't get in"], "account", "en"),
    (["how do I pay off my layaway online", "there's no My layaways in my account", "that's the third time you've told me the same thing"], "layaway", "en"),
    (["my parcel's stuck in tracking", "yes I checked the link, nothing since tuesday", "you keep repeating yourself, this is going nowhere"], "delivery-problems", "en"),
    (["failte10 won't work", "the basket is €240 and it's a pendant, not a watch", "still says invalid. tried 5 times now"], "discount-codes", "en"),
    (["how much is customs to the uk", "but how much will DHL want from me for a €900 ring", "that's not what I asked, I want a number"], "customs-duties", "en"),
    (["gdzie znajdę fakturę?", "nie ma jej w zamówieniach", "piszę to już trzeci raz, to nic nie daje"], "invoices", "pl"),
    (["kaip iš naujo išsiųsti dovanų kortelę?", "tokio mygtuko nėra", "jau trečią kartą rašau tą patį, nepadeda"], "gift-cards", "lt"),
    (["esqueci a senha", "o e-mail não chega", "já tentei três vezes, isto não está a ajudar nada"], "account", "pt"),
    (["¿dónde pongo el código de descuento?", "no aparece ese campo", "ya te lo he dicho tres veces, no está"], "discount-codes", "es"),
    (["mon colis ne bouge plus", "oui j'ai vérifié le suivi", "vous répétez toujours la même chose, ça ne m'aide pas"], "delivery-problems", "fr"),
    (["come pago la rata del layaway online?", "non trovo la sezione", "è la terza volta che lo chiedo, così non va"], "layaway", "it"),
]:
    c(msgs, True, "complaint", art, l=l)
# frustration that ends with an ask for a person
for msgs, art, l in [
    (["my gift card hasn't arrived", "I did resend it", "forget it, put me through to someone"], "gift-cards", "en"),
    (["my claw check isn't showing in my account", "I had it done in june, in the shop", "can I just talk to a human please"], "lifetime-guarantee", "en"),
    (["paczka stoi od tygodnia", "tak, sprawdziłem śledzenie", "dobra, proszę z konsultantem"], "delivery-problems", "pl"),
    (["neveikia nuolaidos kodas", "bandžiau kelis kartus", "sujunkite mane su žmogumi"], "discount-codes", "lt"),
    (["o link para redefinir a senha expirou", "pedi outro e também expirou", "quero falar com alguém, por favor"], "account", "pt"),
    (["no encuentro la factura", "ya miré en Mis pedidos", "pásame con una persona, por favor"], "invoices", "es"),
    (["le paiement Klarna est refusé", "j'ai réessayé deux fois", "je veux parler à quelqu'un"], "payment", "fr"),
    (["il codice FAILTE10 non funziona", "il carrello è di 200 euro", "mi faccia parlare con un operatore"], "discount-codes", "it"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- an answered question, then the staff-only problem comes out
for msgs, it, art, l, cu in [
    (["how long do refunds take", "well OBJ-58105 says refunded on 12 november and there's still nothing"], "return_refund", "returns", "en", "u25004"),
    (["why would I see two payments", "it's been 2 weeks and both are completed, not pending"], "payment", "payment", "en", "u25024"),
    (["how do I cancel a layaway", "I cancelled it 3 weeks ago and you took another payment"], "payment", "layaway", "en", None),
    (["is the stone guarantee really for life", "the diamond you reset in august fell out again"], "return_refund", "lifetime-guarantee", "en", None),
    (["how long is the seiko warranty", "it already went back once under it and it's stopping again"], "return_refund", "warranty", "en", "u25011"),
    (["how do I delete my account", "did that in october and I'm still getting newsletters"], "account", "privacy", "en", None),
    (["where do I see my store credit", "it was there yesterday, now it says zero"], "payment", "gift-cards", "en", "u25025"),
    (["do I pay anything extra to get a ring delivered in england", "then why does DHL want £790 from me for OBJ-58226"], "shipping", "customs-duties", "en", "u25027"),
    (["do you price match", "great, then refund me the €60 difference on my tissot, it's cheaper in another authorised shop"], "payment", "discount-codes", "en", None),
    (["ile trwa zwrot pieniędzy?", "czekam już ponad miesiąc"], "return_refund", "returns", "pl", None),
    (["kaip ištrinti paskyrą?", "padariau tai prieš du mėnesius, bet vis dar gaunu laiškus"], "account", "privacy", "lt", None),
    (["quanto tempo demora o reembolso?", "já passaram cinco semanas e nada"], "return_refund", "returns", "pt", None),
    (["¿cuánto tarda el reembolso?", "el pedido 58119 sale reembolsado desde el 14 de noviembre y no tengo nada"], "return_refund", "returns", "es", "u25014"),
    (["la carte cadeau est valable combien de temps ?", "celle que j'ai achetée a disparu de mon compte"], "payment", "gift-cards", "fr", None),
    (["come si annulla il layaway?", "l'ho annullato e mi avete addebitato di nuovo"], "payment", "layaway", "it", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- a problem reported, then it turns out staff are needed
for msgs, it, art, l, cu in [
    (["my pendant arrived with the chain broken", "I sent the photos to hello@ 6 days ago and no one has answered"], "complaint", "damaged-parcels", "en", None),
    (["dpd says delivered but I don't have it", "did all that. the signature isn't mine, asked the neighbours and reception, it's been 4 days", "so what now"], "complaint", "delivery-problems", "en", "u25016"),
    (["my watch stopped", "it's the liffey from OBJ-58131, I sent the repair form 10 days ago and heard nothing"], "return_refund", "warranty", "en", "u25019"),
    (["my gift card email never came", "resent it from My orders twice, correct address, not in spam"], "payment", "gift-cards", "en", "u25023"),
    (["I cancelled an order, when is the money back?", "it's been 2 weeks and it's a completed payment, not an authorisation"], "payment", "order-changes", "en", "u25012"),
    (["pierścionek przyszedł uszkodzony", "zdjęcia wysłałam tydzień temu i cisza"], "complaint", "damaged-parcels", "pl", None),
    (["siuntinys pažymėtas kaip pristatytas", "paklausiau kaimynų ir administratoriaus, nieko nėra jau savaitę"], "complaint", "delivery-problems", "lt", None),
    (["el colgante llegó roto", "mandé las fotos hace una semana y nadie contesta"], "complaint", "damaged-parcels", "es", None),
    (["ma montre s'est arrêtée", "je vous ai envoyé le formulaire de réparation il y a deux semaines, aucune réponse"], "return_refund", "warranty", "fr", None),
    (["la collana è arrivata rotta", "ho mandato le foto cinque giorni fa e nessuno risponde"], "complaint", "damaged-parcels", "it", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- change requests inside a conversation
for msgs, it, art, l, cu in [
    (["can I still cancel an order I placed an hour ago?", "ok then please cancel OBJ-58274"], "order_status", "order-changes", "en", "u25009"),
    (["can the ring size be changed after ordering?", "great, please make the one in 58274 a size M"], "order_status", "order-changes", "en", "u25009"),
    (["where's my order OBJ-58213", "can you send it to my mam's in Cork instead"], "order_status", "order-changes", "en", "u25001"),
    (["how do returns work", "ok, please just refund the seiko from OBJ-58120 to my card"], "return_refund", "returns", "en", "u25036"),
    (["can the engraving be changed after ordering?", "then please change OBJ-58270 to read Seán & Aoife"], "order_status", "order-changes", "en", "u25008"),
    (["czy mogę jeszcze zmienić zamówienie?", "to proszę zmienić adres w 58246"], "order_status", "order-changes", "pl", "u25038"),
    (["ar dar galima atšaukti užsakymą?", "tada prašau atšaukti OBJ-58268"], "order_status", "order-changes", "lt", "u25032"),
    (["posso trocar por outro tamanho?", "então troquem o anel da encomenda 58248 por um tamanho P"], "return_refund", "returns", "pt", "u25028"),
    (["¿se puede cancelar un pedido ya enviado?", "pues cancelad el 58229 igualmente, ya no lo quiero"], "order_status", "order-changes", "es", "u25034"),
    (["je peux passer en retrait en boutique ?", "alors passez ma commande 58235 en retrait s'il vous plaît"], "order_status", "order-changes", "fr", "u25021"),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- more ways of asking for a person
for m, l in [
    ("any chance of a human", "en"),
    ("you're a bot yeah? I need a person", "en"),
    ("can I get someone on the phone", "en"),
    ("Dear Sir/Madam, I would appreciate a call from a member of your team at your earliest convenience. Kind regards, B. Keane", "en"),
    ("can pádraig in the workshop give me a ring", "en"),
    ("need to talk to someone about a proposal, it's complicated", "en"),
    ("ring me on 085 581 2934 please, it's about my valuation", "en"),
    ("dajcie mi kogoś z obsługi", "pl"),
    ("noriu kalbėti su tikru žmogumi, ne su robotu", "lt"),
    ("tem alguém aí de verdade?", "pt"),
    ("necesito hablar con alguien ya", "es"),
    ("un humain, s'il vous plaît", "fr"),
    ("c'è qualcuno in carne e ossa?", "it"),
]:
    c(m, True, "human_request", None, l=l)
# greeting first, then the ask; or asking again
for msgs, l in [
    (["hi", "can I speak to someone please"], "en"),
    (["human", "HUMAN please", "hello?? anyone real"], "en"),
    (["agent", "i said agent"], "en"),
    (["Dia duit", "an féidir liom labhairt le duine?"], "ga"),
    (["dzień dobry", "chciałbym porozmawiać z konsultantem"], "pl"),
    (["laba diena", "ar galiu kalbėti su žmogumi?"], "lt"),
    (["olá", "quero falar com um atendente"], "pt"),
    (["hola", "¿me pasas con una persona?"], "es"),
    (["bonjour", "je voudrais parler à quelqu'un"], "fr"),
    (["buongiorno", "posso parlare con un operatore?"], "it"),
]:
    c(msgs, True, "human_request", None, l=l)

# ---- follow-ups the assistant answers itself (no hand-over)
for msgs, it, art, mm, l in [
    (["hi", "how much is delivery to northern ireland?"], "shipping", "shipping", ["€12.95"], "en"),
    (["do you ship to the uk", "will I pay customs in scotland?"], "shipping", "customs-duties", ["£135"], "en"),
    (["what's layaway", "and if I change my mind halfway?"], "payment", "layaway", ["€25"], "en"),
    (["can i return earrings", "what if I opened the little bag they come in?"], "return_refund", "returns", ["hygiene seal"], "en"),
    (["how much is a watch battery", "and do I have to leave the watch with you?"], "product_info", "watch-service", ["15 minutes"], "en"),
    (["i want to talk to someone", "actually no, just tell me what time you open on saturday"], "other", "showroom", ["10:00"], "en"),
    (["human please", "ah forget it, what's your number, I'll ring you myself"], "other", "contact", [PH], "en"),
    (["am I talking to a bot?", "ok, when are real people on the chat?"], "other", "contact", ["9:00–18:00"], "en"),
    (["no need for a person", "just tell me how long a gift card lasts"], "payment", "gift-cards", ["5 years"], "en"),
    (["my ring arrived scratched", "do I need to keep the box it came in?"], "complaint", "damaged-parcels", ["packaging"], "en"),
    (["dpd says delivered but I don't have it", "should I wait or contact you now?"], "complaint", "delivery-problems", ["next working day"], "en"),
    (["what's the weather like in dublin today", "never mind. what time are you open till on thursday?"], "other", "showroom", ["20:00"], "en"),
    (["is platinum better than white gold", "does platinum need replating too?"], "product_info", "engagement-rings", ["naturally white"], "en"),
    (["how do I clean silver", "and my pearls?"], "product_info", "metals-and-care", ["soft damp cloth"], "en"),
    (["I need to cancel my layaway", "no don't do it, I just want to know what it costs me"], "payment", "layaway", ["€25"], "en"),
    (["what does the claddagh mean", "and how do I wear it now I'm engaged?"], "product_info", "claddagh-celtic", ["towards the fingertip"], "en"),
    (["is the seiko 5 in stock?", "how much is it?"], "product_info", None, ["330"], "en"),
    (["do you do valuations", "can I just send you photos?"], "product_info", "valuations", ["in person only"], "en"),
    (["a stone fell out of my ring", "it's a ring I bought from you, set in dublin, do I need to pay?"], "return_refund", "lifetime-guarantee", ["free of charge"], "en"),
    (["how much is a resize", "it's 18ct and needs to go up 2 sizes"], "product_info", "ring-sizing", ["€30 per size"], "en"),
    (["Dia duit", "cé mhéad a chosnaíonn seachadadh in Éirinn?"], "shipping", "shipping", ["9", "95"], "ga"),
    (["dzień dobry", "ile kosztuje wysyłka do Polski?"], "shipping", "shipping", ["19", "95"], "pl"),
    (["nie potrzebuję konsultanta", "powiedzcie tylko, ile mam dni na zwrot"], "return_refund", "returns", ["30"], "pl"),
    (["ile kosztuje bateria do zegarka?", "a ile to trwa?"], "product_info", "watch-service", ["15"], "pl"),
    (["sveiki", "kiek kainuotų atsiųsti žiedą į Kauną?"], "shipping", "shipping", ["19", "95"], "lt"),
    (["noriu kalbėti su žmogumi", "nesvarbu, koks jūsų el. pašto adresas?"], "other", "contact", [MAIL], "lt"),
    (["olá", "vocês enviam para Portugal?"], "shipping", "shipping", ["19", "95"], "pt"),
    (["como funciona a garantia vitalícia?", "e o controlo anual é pago?"], "return_refund", "lifetime-guarantee", [], "pt"),
    (["hola", "¿cuánto cuesta grabar un anillo?"], "product_info", "engraving", ["25"], "es"),
    (["no necesito hablar con nadie", "solo dime a qué hora abrís los sábados"], "other", "showroom", ["10:00"], "es"),
    (["bonjour", "vous livrez en France ?"], "shipping", "shipping", ["19", "95"], "fr"),
    (["ma bague est arrivée abîmée", "je dois garder l'emballage ?"], "complaint", "damaged-parcels", ["48"], "fr"),
    (["ciao", "quanto costa la spedizione in Italia?"], "shipping", "shipping", ["19", "95"], "it"),
    (["voglio parlare con qualcuno", "anzi no, mi dica solo il numero di telefono"], "other", "contact", [PH], "it"),
]:
    c(msgs, False, it, art, mm, l=l)
# order follow-ups with the customer's own orders
for msgs, mm, l, cu in [
    (["hi, where's my order", "the number is obj 58213"], ["15501942730186"], "en", "u25001"),
    (["gdzie jest moja paczka?", "numer zamówienia 58240"], ["4471859203"], "pl", "u25002"),
    (["kur mano siuntinys?", "užsakymo numeris OBJ-58188"], ["4471857764"], "lt", "u25010"),
    (["onde está a minha encomenda?", "é a #58248"], ["4471862268"], "pt", "u25028"),
    (["¿dónde está mi paquete?", "es el pedido OBJ 58229"], ["4471860917"], "es", "u25034"),
    (["où est mon colis ?", "commande n° 58235"], ["4471861147"], "fr", "u25021"),
    (["dov'è il mio pacco?", "l'ordine è il 58222"], ["4471856641"], "it", "u25026"),
]:
    c(msgs, False, "order_status", None, mm, [], l=l, cu=cu)

# ---- longer conversations written out in full
c(["hi, I'm paying off a bracelet on layaway",
   "I went to My layaways like you said but it only shows the deposit, not the three payments I made in the shop",
   "I've now logged out and in, tried my phone and my laptop, and it still says I owe the full amount minus the deposit. I've the receipts here. I really don't want to lose the bracelet over a mistake on your side"],
  True, "payment", "layaway", cu="u25022")
c("I've read half your help pages and I'm more confused than when I started. I want to propose in Italy in March, I need the ring delivered to Rome in time, I don't know her size, and I'm not sure about lab-grown versus natural. Could one of your jewellers ring me this week? 087 662 1045",
  True, "human_request", "engagement-rings")
c("ok before you pass me on to anybody, I really don't need a person for this, I just can't work out how long the gift card my brother gave me at christmas is valid for, I'd hate for it to run out",
  False, "payment", "gift-cards", ["5 years"])
c(["hey, thinking of getting my dad's old watch serviced", "it's an automatic from the 80s, nothing fancy",
   "how long would that take roughly?"], False, "product_info", "watch-service", ["4–6 weeks"])
c("Dzień dobry, planuję oświadczyny na święta i nie znam rozmiaru pierścionka mojej dziewczyny. Ona nosi srebrny pierścionek na prawej ręce, mogę go pożyczyć na jeden dzień. Czy to wystarczy, żeby dobrać rozmiar, i co jeśli jednak nie będzie pasował?",
  False, "product_info", "ring-sizing", ["60"], l="pl")
c("Laba diena, vakar gavau siuntinį, bet dėžutė buvo suspausta ir apsauginė juosta atrodo nuplėšta. Viduje auskarai atrodo gerai, bet vienas užsegimas šiek tiek sulenktas. Ką turėčiau daryti, ar reikia fotografuoti?",
  False, "complaint", "damaged-parcels", ["48"], l="lt")
c("Olá! Estou a pensar comprar um anel Claddagh para a minha filha que faz 18 anos. Ela é solteira e não sei em que mão e em que direção deve usar o coração. Também queria saber se o de prata escurece com o tempo.",
  False, "product_info", "claddagh-celtic", [], l="pt")
c("Hola, compré unos pendientes de diamantes hace diez días y mi novia dice que prefiere unos aros de oro. Están sin estrenar, con su caja y el sello sin abrir. ¿Puedo devolverlos y cuánto tardaría el reembolso? Vivo en Madrid.",
  False, "return_refund", "returns", ["15"], l="es")
c("Bonjour, j'ai une montre automatique achetée chez vous l'an dernier. Elle retarde d'environ deux minutes par jour depuis quelques semaines. Est-ce normal ou faut-il une révision, et combien ça coûte à peu près ?",
  False, "product_info", "watch-service", ["260"], l="fr")
c("Buongiorno, mia nonna mi ha lasciato un anello d'oro con uno zaffiro e vorrei farlo valutare per l'assicurazione. Quanto costa, quanto tempo ci vuole e devo lasciarlo da voi?",
  False, "product_info", "valuations", ["95"], l="it")

# ---- more conversations: staff-only problems and change requests that come
#      out after a first question, and follow-ups answered from the pages
for msgs, it, art, l, cu in [
    (["what's your price promise", "ok so another authorised shop has the PRX €30 cheaper, I bought it from you on tuesday, OBJ-58237, can you refund the difference"], "payment", "discount-codes", "en", "u25047"),
    (["how long is a gift card valid", "the one my boss gave me says €0 balance and I never used it"], "payment", "gift-cards", "en", None),
    (["hi", "about OBJ-58266, can you swap the platinum aisling for the 18ct white gold one instead?"], "order_status", "order-changes", "en", "u25005"),
    (["how long do you hold a collect order", "grand, can you hold OBJ-58279 for me until the 20th of january? I'm away till then"], "order_status", "order-changes", "en", "u25042"),
    (["can I pay my layaway with a gift card", "ok, please put the €100 from my gift card onto my tennis bracelet layaway"], "payment", "layaway", "en", "u25022"),
    (["what's the cut-off for same-day dispatch", "ok, can you bump OBJ-58261 to express so it's here tomorrow"], "order_status", "order-changes", "en", "u25015"),
    (["how do I get a copy of my valuation certificate", "it's not in my account anywhere", "I asked the same thing yesterday and got the same text, I need it for the insurer today"], "complaint", "valuations", "en", None),
    (["jak długo trwa zwrot pieniędzy po anulowaniu?", "anulowałem zamówienie 3 tygodnie temu i pieniądze dalej są zablokowane, to nie jest autoryzacja"], "payment", "order-changes", "pl", None),
    (["jak zmienić adres e-mail w koncie?", "nie ma takiej opcji w Moje dane", "trzeci raz to samo, to mi nie pomaga"], "complaint", "account", "pl", None),
    (["ar Klarna galima mokėti iš Lietuvos?", "tai kodėl Klarna rašo, kad esu skolinga už užsakymą, kurį jau grąžinau?"], "payment", "returns", "lt", None),
    (["quanto tempo demora a entrega em Portugal?", "o tracking diz entregue há 5 dias, assinado por alguém que não conheço, já perguntei aos vizinhos e ao porteiro"], "complaint", "delivery-problems", "pt", None),
    (["¿cuánto cuesta la revisión de un reloj?", "os dejé mi reloj hace tres meses para revisión y nadie me dice nada"], "return_refund", "watch-service", "es", None),
    (["¿cómo funciona el apartado?", "vale, pues quiero cancelar el mío y que me devolváis lo pagado"], "payment", "layaway", "es", None),
    (["la garantie à vie couvre quoi ?", "ma pierre est tombée pour la deuxième fois après votre réparation"], "return_refund", "lifetime-guarantee", "fr", None),
    (["quanto tempo ci vuole per il rimborso?", "ho restituito l'orologio dell'ordine 58222 un mese fa e non ho ricevuto nulla"], "return_refund", "returns", "it", "u25026"),
    (["An bhfuil sibh oscailte Dé Sathairn?", "go raibh maith agat. ba mhaith liom labhairt le duine faoi fháinne gealltanais"], "human_request", "showroom", "ga", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)
for msgs, it, art, mm, l in [
    (["do you sell rolex", "ok what about longines, do you have any in?"], "product_info", None, ["Conquest"], "en"),
    (["how much is engraving", "can you do it in ogham?"], "product_info", "engraving", ["Ogham"], "en"),
    (["what's your return policy", "does that include watches?"], "return_refund", "returns", ["protective film"], "en"),
    (["is klarna available", "I live in France, can I still use it?"], "payment", "payment", ["Ireland"], "en"),
    (["czy robicie wycenę do ubezpieczenia?", "a ile to kosztuje?"], "product_info", "valuations", ["95"], "pl"),
    (["ar galiu grąžinti auskarus?", "o jei pakuotė jau atidaryta?"], "return_refund", "returns", [], "lt"),
    (["fazem gravação?", "quanto custa no verso de um relógio?"], "product_info", "engraving", ["45"], "pt"),
    (["¿tenéis anillos claddagh?", "¿y cuánto cuesta el de plata?"], "product_info", None, ["65"], "es"),
    (["vous vendez des montres Tissot ?", "et la PRX de 40 mm, elle coûte combien ?"], "product_info", None, ["395"], "fr"),
    (["fate riparazioni di gioielli?", "e quanto ci vuole di solito?"], "product_info", "jewellery-repairs", [], "it"),
    (["Dia dhuit", "an bhfuil fáinní Chladaigh agaibh in ór?"], "product_info", None, ["245"], "ga"),
]:
    c(msgs, False, it, art, mm, l=l)
c(["where's my order OBJ-58252", "and will DHL want money from me when it arrives?"], False, "shipping", "customs-duties", ["20%"], cu="u25007")

# four-turn conversations
c(["do you ship to canada", "how much would customs be on a €600 claddagh ring to vancouver",
   "ok but roughly what will fedex take off me", "that's not an answer, I've asked the same thing twice now"],
  True, "complaint", "customs-duties")
c(["gdzie jest moja paczka?", "OBJ-58246", "dalej nie dotarła, a wysłana była w środę", "proszę mnie połączyć z kimś z obsługi"],
  True, "human_request", "delivery-problems", l="pl", cu="u25038")
c(["hi", "where's my order", "it's OBJ-58255", "and will they need a signature? I'm at work all day"],
  False, "shipping", "insured-delivery", ["work address"], cu="u25045")
c(["bonjour", "vous faites la gravure ?", "combien pour l'intérieur d'une alliance achetée chez vous ?", "et ça prend combien de temps ?"],
  False, "product_info", "engraving", ["3"], l="fr")

# ---- numbers that are not order numbers (weights, sizes, models, postcodes)
for m, it, art, mm, l in [
    ("do you ship to Fargo, ND 58103? my fiancée's family is there", "shipping", "shipping", ["€39"], "en"),
    ("I'm a 54 in european sizes, what letter is that over here", "product_info", "ring-sizing", [], "en"),
    ("the 18 cm tennis bracelet, will it fit a 17 cm wrist?", "product_info", None, ["18 cm"], "en"),
    ("seiko SRPD55K1 or tissot PRX 40 for swimming?", "product_info", "watch-guide", ["swimming"], "en"),
    ("budget is €5,800 for the ring, can I pay it over 24 months with klarna", "payment", "payment", ["€10,000"], "en"),
    ("does 925 mean it's real silver", "product_info", "hallmarking", ["sterling silver"], "en"),
    ("is D02 XK76 the right eircode for your shop? putting it in the sat nav", "other", "showroom", ["D02 XK76"], "en"),
    ("watch says 20 bar, can I actually dive to 200 m with it?", "product_info", "watch-guide", ["test pressure"], "en"),
    ("is my 0.8 g gold stud meant to have a hallmark?", "product_info", "hallmarking", ["1 g"], "en"),
    ("O colar de 45 cm fica bem num pescoço de 36 cm?", "product_info", None, ["45"], "pt"),
    ("¿El Tissot PRX de 40 mm aguanta 100 metros?", "product_info", None, ["100"], "es"),
    ("mon budget est de 1 200 € pour une bague de fiançailles, c'est possible chez vous ?", "product_info", "engagement-rings", ["950"], "fr"),
    ("il bracciale da 19 cm va bene per un polso di 16,5 cm?", "product_info", None, ["19"], "it"),
    ("mój numer telefonu to 089 583 1127, czy mogę zamówić grawer na 2 imiona?", "product_info", "engraving", ["25"], "pl"),
]:
    c(m, False, it, art, mm, l=l)

# ---- many customers greet before they ask: every 7th single-turn question
# gets an opening line in its own language (the judged turn is unchanged)
OPENERS = {
    "en": ["hi", "hello", "hey there", "good morning", "hi, quick question", "hiya",
           "good afternoon!", "hello, hope you can help", "hi there"],
    "ga": ["Dia duit", "Dia dhuit"],
    "pl": ["dzień dobry", "cześć", "witam"],
    "lt": ["laba diena", "sveiki", "labas"],
    "pt": ["olá", "bom dia", "oi, tudo bem?"],
    "es": ["hola", "buenas", "buenos días"],
    "fr": ["bonjour", "bonsoir", "salut"],
    "it": ["buongiorno", "ciao", "salve"],
}
GREETS = re.compile(r"(hi|hello|hey|hiya|good (morning|afternoon|evening)|dia (duit|dhuit)|dzień dobry|cześć|witam|"
                    r"laba diena|sveiki|labas|olá|ol[aá]|bom dia|oi|hola|buenas|buenos días|bonjour|bonsoir|salut|"
                    r"buongiorno|ciao|salve)\b", re.I)

# ================================================================ output
# "OBJ-58213", "obj58213", "OBJ 58213", "obj#58213"
ORDER_REF = re.compile(r"(?i)\bobj[\s#-]*(\d{5})(?!\d)")
# a bare counter ("#58213", "zamówienie 58240", "commande n° 58235"); every counter starts with 58
BARE_REF = re.compile(r"(?<![\d.,])(58\d{3})(?![\d.,])")
# order numbers that are meant not to exist
UNKNOWN_ORDERS = {"58999", "58990"}
# numbers shaped like an order counter that are something else (a US ZIP code)
NOT_ORDERS = {"58103"}

def order_refs(m):
    full, bare = casekit.scan(m, ORDER_REF, BARE_REF)
    return [casekit.Ref(mo.group(0), mo.group(1), None) for mo in full + bare if mo.group(1) not in NOT_ORDERS]

def meant_not_to_exist(o):
    # the made-up order numbers and the ZIP code must not be real orders
    d = o["orderId"][4:]
    return ["order %s is meant not to exist" % d] if d in UNKNOWN_ORDERS | NOT_ORDERS else []

def main():
    shop.add_openers(OPENERS, GREETS)
    shop.write()
    shop.check(order_id=r"OBJ-58\d{3}", shape="OBJ-58213", counter=lambda oid: oid[4:],
               refs=order_refs, unknown=UNKNOWN_ORDERS,
               named=lambda cu: int(cu[3:]) <= 100, customer_id=r"u25\d{3}", currency={"EUR"},
               order_extra=meant_not_to_exist)

if __name__ == "__main__":
    main()
