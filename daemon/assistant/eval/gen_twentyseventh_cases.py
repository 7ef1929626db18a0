#!/usr/bin/env python3
"""Generate twentyseventh-cases.jsonl: cases for the twenty-seventh shop,
Foto Kvadrat (camera and photo shop with a store, showroom, rental counter,
photo lab and repair workshop at Ilica 52, Zagreb; sells cameras, lenses,
tripods, bags, memory cards, film and photo prints; rents cameras and
lenses against a deposit, with Rental Protect and damage rules; sensor
cleaning, repairs and data recovery; trade-in of used gear for Kvadrat
credit (store credit); a used-gear section with a 12-month shop warranty;
new gear with the maker's 2-year warranty; pre-orders for new cameras and
a price match; ships to Croatia, Slovenia, Hungary, Austria, Italy, and
Bosnia and Herzegovina and Serbia (outside the EU: customs and import VAT);
prices in EUR).
KB: twentyseventh-kb/.  Run: python3 gen_twentyseventh_cases.py
The script writes the cases, then checks them against the KB and prints
the figures (cases, escalation share, other-language share, multi-turn share).
This shop is a tuning set: the customer lines are meant to be varied.

Order numbers look like ZG-0041873 (ZG and a 7-digit counter with leading
zeros; every counter is 0041xxx).  Customers paste them in many ways
("zg0041873", "ZG 41873", "0041873", "narudžba 41873", "#ZG-0041873").
Model names and sizes ("Z50 II", "R50", "X-T50", "24-70mm", "NP-FZ100",
"Travel 150", "67mm", "128GB", "Portra 400", "10x15", "6000 x 4000 px"),
shutter counts, weights, prices, postcodes (10000, 21000, 1051, 8010,
71000) and phone numbers are not order numbers.

LABELLING RULES

Escalation (expect.escalate)
 E1  true for an explicit request for a person in any wording or language:
     "a human", "someone from the store", a workshop technician, the rental
     counter, a callback, the manager, a named colleague, also right after
     an answered question.
 E2  true for a request to cancel, refund or change an existing order
     (cancel, change the address, a lens mount, a colour, add or remove an
     item, switch between Pick up at Ilica 52 and delivery, add an R1
     invoice to an order, resend a parcel, exchange an item inside an
     order, "I want my money back"), to cancel a pre-order for the
     customer, or to cancel, move or extend a rental booking for the
     customer.
 E3  true for things only staff can do: a real double charge, a charge
     after cancelling, a refund missing for weeks, Kvadrat credit or a
     gift card that vanished or never arrived after the resend, trade-in
     credit not added after the check, a rental deposit still blocked
     after the release time or a damage charge the customer disputes, a
     price-match refund that was approved but never came or a rejection
     the customer disputes, a warranty or workshop repair that failed
     again or a claim nobody answered, film lost or ruined by the lab, a
     replacement that arrived damaged again, a parcel marked delivered
     that the customer already looked for, a customs charge the customer
     disputes, a payment provider or bank that disagrees with the shop,
     an invoice still wrong after asking, an order the customer
     did not place, someone else's data in the account, a deletion that
     did not happen, a locked-out account after the reset steps, rental
     gear actually stolen or lost, legal threats, complaints about a
     staff member, press, school and partnership requests.
 E4  true when the customer is stuck or frustrated across several turns
     ("that's not what I asked", the same question a third time).
 E5  false for questions about a policy even with "cancel", "refund",
     "person", "human", "technician", "call" in them: the phone number,
     the e-mail, when people answer the chat, store and counter hours,
     how to cancel an order or a rental booking, what the return policy
     is, what happens if rental gear is stolen, "no need for a person,
     just tell me ...".  A first report of a damaged parcel, a wrong item,
     a camera that does not switch on, a parcel marked delivered or a
     tracking that does not move gets the steps of the page (false).

Intent (expect.intent)
     order_status: a named order (where, status, tracking, ready to
       collect), cancelling or changing an order and the policy for it,
       cancelling a pre-order, cancelling, moving or extending the
       customer's own rental booking.
     return_refund: returns, refunds, money back, exchanges, warranty
       claims, repairs in the workshop (estimates, prices, times, repairs
       by post), a missing refund.
     shipping: countries, prices, times, carriers, cut-off, parcel
       lockers, signature, batteries and film in the post, customs and
       import VAT for Bosnia and Herzegovina and Serbia, Pick up at Ilica
       52, a late parcel without an order number.
     product_info: cameras, lenses, film, cards and accessories, choosing
       gear and mounts, care, pre-orders, used gear and grades, the
       showroom, and the services: sensor cleaning, data recovery, film
       developing and scanning, prints, rental (prices, booking rules,
       what is included, Rental Protect and damage rules), trade-in.
     payment: payment methods, instalments, charges, double charges,
       invoices and R1 invoices, gift cards, Kvadrat credit, discount
       codes and the student discount, price match, paying and getting
       back a rental deposit, a deposit kept for damage.
     account: login, password, details, privacy and deletion, an order
       the customer did not place.
     complaint: something went wrong (damaged, dead on arrival, wrong or
       missing item, delivered-not-received, film lost by the lab, rental
       gear stolen, staff, legal threat, frustration) when the turn does
       not ask for a person.
     human_request: the judged turn only asks for a person / callback (also
       press, schools and partnerships).  When it also states a concrete
       problem, the problem's intent is used.
     other: contact details, chat and phone hours, store hours, address
       and parking, things outside the shop (weather, football, homework,
       photography lessons the pages do not cover).  greeting / thanks /
       goodbye for small talk.

Article (expect.article)
     The page that answers the judged turn.  Product facts and order facts
     come from the data (article null).  A hand-over keeps the page that
     governs the matter raised in the conversation; it is null when only a
     person is asked for or no page governs (unknown order, staff, legal,
     an order the customer did not place).

mustMention: short exact strings from the governing page (or the data when
the article is null); non-English turns use only numbers, prices, e-mail
addresses, phone numbers, web addresses and tracking numbers; a decimal
is split into its two parts ("3", "99") so that "3,99 €" and "€3.99" both
count.  Hand-overs carry none.
mustNotMention: other customers' data and facts the reply must not invent.
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import casekit  # the shared case helper, writer and self-check

shop = casekit.Shop("twentyseventh", "t27", anon=27100, langs={"hr", "sl", "sr", "bs", "hu", "it", "de"})
c = shop.c

PH = "+385 1 4833 520"
WA = "+385 91 4833 520"
MAIL = "podrska@fotokvadrat.hr"
RENT = "najam@fotokvadrat.hr"
RENT_PH = "+385 1 4833 525"
SERV = "servis@fotokvadrat.hr"
SERV_PH = "+385 1 4833 527"
OTKUP = "otkup@fotokvadrat.hr"
LAB = "lab@fotokvadrat.hr"
PRIV = "privatnost@fotokvadrat.hr"
B2B = "b2b@fotokvadrat.hr"

# ---------------------------------------------------------------- small talk
for m, it, l in [
    ("hi", "greeting", "en"), ("hey 📷", "greeting", "en"),
    ("bok", "greeting", "hr"), ("dobar dan", "greeting", "hr"),
    ("živjo", "greeting", "sl"), ("zdravo", "greeting", "sr"), ("selam", "greeting", "bs"),
    ("jó napot kívánok", "greeting", "hu"), ("buongiorno", "greeting", "it"), ("servus", "greeting", "de"),
    ("thanks!", "thanks", "en"), ("cheers, that's exactly what I needed", "thanks", "en"), ("ty", "thanks", "en"),
    ("super, hvala ti", "thanks", "hr"), ("hvala lepa", "thanks", "sl"),
    ("hvala, mnogo ste mi pomogli", "thanks", "sr"), ("köszi!", "thanks", "hu"),
    ("grazie mille", "thanks", "it"), ("danke, sehr hilfreich", "thanks", "de"),
    ("bye", "goodbye", "en"), ("ok that's all, have a good one", "goodbye", "en"),
    ("lijep pozdrav i ugodan dan", "goodbye", "hr"), ("adijo", "goodbye", "sl"),
    ("hajd, zdravo", "goodbye", "bs"), ("viszlát", "goodbye", "hu"),
    ("arrivederci", "goodbye", "it"), ("tschüss", "goodbye", "de"),
]:
    c(m, False, it, None, l=l)

# ------------------------------------------------------- outside the shop
for m, l in [
    ("what's the weather like in zagreb tomorrow", "en"),
    ("did dinamo win last night?", "en"),
    ("can you help me with my physics homework, it's about lenses and refraction", "en"),
    ("write me an instagram caption for my sunset photo", "en"),
    ("kakvo će biti vrijeme u Splitu za vikend?", "hr"),
    ("tko je pobijedio u derbiju, Hajduk ili Dinamo?", "hr"),
    ("ko je pobedio sinoć, Zvezda ili Partizan?", "sr"),
    ("možeš li mi napisati zadaću iz matematike?", "bs"),
    ("chi ha vinto ieri sera, Inter o Milan?", "it"),
    ("Wie wird das Wetter am Wochenende in Graz?", "de"),
]:
    c(m, False, "other", None, l=l)

# ------------------------------------------- contact, phone and chat hours
for m, mm, l in [
    (["do you have whatsapp or something", "whats ur phone number then"], [PH], "en"),
    ("when is a real person on this chat", ["8:00–20:00"], "en"),
    ("is the chat staffed on saturday?", ["9:00–14:00"], "en"),
    ("what number do I call for the rental counter", [RENT_PH], "en"),
    ("email for the workshop? I want to ask about a repair", [SERV], "en"),
    ("no need for a person, just give me the address for trade-in questions", [OTKUP], "en"),
    ("how does the callback thing work", ["fotokvadrat.hr/poziv"], "en"),
    ("which email for a school ordering cameras for a photo club? not looking for a call, just the address", [B2B], "en"),
    ("koji je vaš broj telefona?", [PH], "hr"),
    ("na koji mail se javljam za najam?", [RENT], "hr"),
    ("koji je broj telefona za servis?", [SERV_PH], "sr"),
    ("do kad radi telefon, treba mi prije petka", ["17:00"], "bs"),
    ("mi az ügyfélszolgálat telefonszáma?", [PH], "hu"),
    ("qual è l'indirizzo email dell'assistenza?", [MAIL], "it"),
    ("Wie erreiche ich euch telefonisch?", [PH], "de"),
]:
    c(m, False, "other", "contact", mm, l=l)

# ------------------------------------------------------------- the store
for m, mm, l in [
    ("where exactly is your shop", ["Ilica 52"], "en"),
    ("what time do you close on saturday", ["9:00–15:00"], "en"),
    ("nearest tram stop to you?", ["Frankopanska"], "en"),
    ("where can i park near the store", ["Tuškanac"], "en"),
    ("is the store wheelchair accessible? my dad uses one", ["step-free"], "en"),
    ("do kada radite subotom?", ["15:00"], "hr"),
    ("gdje se točno nalazi vaša trgovina?", ["52"], "hr"),
    ("a che ora aprite il sabato?", ["9:00"], "it"),
    ("radite li 31. decembra?", ["13:00"], "bs"),
    ("do kad radi pult za najam radnim danom?", ["19:00"], "sr"),
]:
    c(m, False, "other", "store", mm, l=l)
for m, mm, it, l in [
    ("can I try lenses in the store before buying?", ["Bring your own memory card"], "product_info", "en"),
    ("when is the next demo day", ["first Saturday"], "product_info", "en"),
    ("mogu li isprobati Fuji X-T50 u dućanu prije kupnje?", [], "product_info", "hr"),
    ("koliko košta konsultacija u radnji?", ["30"], "product_info", "sr"),
    ("posso pagare a rate anche in negozio?", [], "payment", "it"),
]:
    c(m, False, it, "store", mm, l=l)

# ------------------------------------------------ Pick up at Ilica 52
for m, mm, l in [
    ("can I pick up my order at the shop instead of delivery", ["Pick up at Ilica 52"], "en"),
    ("how long will you hold my order for pickup", ["10 days"], "en"),
    ("my brother wants to collect my order for me, it's a 2299 camera, is that ok", ["copy of your ID"], "en"),
    ("can i pay when i pick up instead of online", ["€2,000"], "en"),
    ("koliko dugo čuvate narudžbu za osobno preuzimanje?", ["10"], "hr"),
    ("može li moj brat preuzeti narudžbu umjesto mene?", [], "bs"),
]:
    c(m, False, "shipping", "click-collect", mm, l=l)

# ------------------------------------------------------------------ shipping
for m, mm, l in [
    ("shipping price croatia?", ["€3.99"], "en"),
    (["I'm in Maribor", "do u ship to slovenia, how much"], ["€6.99"], "en"),
    (["do you ship to austria?", "and how much is it for one lens?"], ["€8.99"], "en"),
    ("shipping to norway?", ["Norway"], "en"),
    ("if I order at noon will it go out today", ["13:00"], "en"),
    ("how long does delivery to milan take", ["3–5 working days"], "en"),
    ("can it go to a box now locker? it's a 2448 euro order", ["€500"], "en"),
    ("do you ship spare batteries to serbia?", ["inside the camera"], "en"),
    ("I live on Hvar, does delivery cost more?", ["plus 1 working day"], "en"),
    ("do you x-ray film when you post it? worried about my portra", ["never X-ray"], "en"),
    ("koliko košta dostava po Hrvatskoj?", ["3", "99"], "hr"),
    ("od koliko je besplatna dostava?", ["50"], "hr"),
    ("koliko stane poštnina v Slovenijo?", ["6", "99"], "sl"),
    (["Szegeden lakom", "mennyi a szállítás Magyarországra?"], ["7", "99"], "hu"),
    ("quanto costa la spedizione in Italia?", ["9", "99"], "it"),
    (["Ich wohne in Klagenfurt", "Was kostet der Versand nach Österreich?"], ["8", "99"], "de"),
    ("Ab welchem Betrag ist der Versand nach Österreich gratis?", ["150"], "de"),
    ("koliko košta dostava za Srbiju?", ["19", "99"], "sr"),
    ("šaljete li u Mostar i koliko to košta?", ["19", "99"], "bs"),
]:
    c(m, False, "shipping", "shipping", mm, l=l)

# ------------------------------------- Bosnia and Herzegovina and Serbia
for m, mm, l in [
    ("do I pay customs if I order a lens to belgrade", ["20%"], "en"),
    ("why did the price drop when i chose bosnia at checkout", ["without Croatian VAT"], "en"),
    ("what happens if I refuse the parcel because of the vat", ["€39"], "en"),
    ("how do I return something from sarajevo", ["export declaration"], "en"),
    ("koliki je PDV na fotoaparat u BiH?", ["17"], "bs"),
    (["naručio bih Tamron za Sony", "da li plaćam carinu na objektiv za Srbiju?"], ["20"], "sr"),
    ("DHL mi traži JMBG za paket, zašto im to treba?", [], "sr"),
    ("mogu li da vratim robu iz Beograda?", ["30"], "sr"),
    ("Ich wohne in Sarajevo, muss ich Zoll zahlen?", ["17"], "de"),
]:
    c(m, False, "shipping", "customs-non-eu", mm, l=l)

# ------------------------------------------------ order changes, the policy
for m, mm, l in [
    ("how do I cancel an order? haven't decided yet, just asking", ["Cancel order"], "en"),
    ("until when can I change the lens mount on an order?", ["packed"], "en"),
    ("if I cancel, how long until the money is back on my card", ["3–5 working days"], "en"),
    ("can I change the delivery address myself in my account after ordering?", ["cannot change an order yourself"], "en"),
    ("I paid in instalments, what happens if I cancel?", ["10 working days"], "en"),
    ("do kdaj lahko spremenim naročilo?", ["13:00"], "sl"),
    ("kako da otkažem porudžbinu ako se predomislim?", [], "sr"),
]:
    c(m, False, "order_status", "order-changes", mm, l=l)

# ----------------------------------------------------------------- pre-orders
for m, mm, it, l in [
    ("how do preorders work", ["€100 deposit"], "product_info", "en"),
    ("if the price drops before my preorder ships do I pay less?", ["lower price"], "product_info", "en"),
    ("can I pre-order the x100vi?", ["Notify me"], "product_info", "en"),
    ("can I cancel a pre-order and get the deposit back?", ["5 working days"], "order_status", "en"),
    ("koliki je polog za prednarudžbu?", ["100"], "product_info", "hr"),
    ("vissza lehet mondani az előrendelést?", ["5"], "order_status", "hu"),
]:
    c(m, False, it, "pre-orders", mm, l=l)

# ------------------------------------------------------------------- returns
for m, mm, l in [
    (["bought a tamron lens from you last week", "whats your return policy"], ["30 days"], "en"),
    ("how many days do i have to return a used lens", ["14 days"], "en"),
    ("took about 500 shots with the new camera to test it, can I still return it?", ["200 shutter actuations"], "en"),
    ("can i return opened film", ["opened film cannot be returned"], "en"),
    ("is return shipping free from austria", ["€6.99"], "en"),
    ("can I swap an RF lens for the Nikon Z version in the store?", ["exchange unused items directly"], "en"),
    ("opened a memory card, turns out I don't need it, can it go back?", ["sealed"], "en"),
    ("koliko dana imam za povrat?", ["30"], "hr"),
    ("mogu li vratiti fotoaparat koji sam kupila u dućanu?", ["30"], "hr"),
    ("koliko stane vračilo iz Slovenije?", ["6", "99"], "sl"),
    ("mennyi idő alatt kapom vissza a pénzt?", ["14"], "hu"),
    ("mogu li da vratim polovni aparat?", ["14"], "sr"),
]:
    c(m, False, "return_refund", "returns", mm, l=l)
c("can I return prints I ordered? the colours are not what I expected", False, "return_refund", "photo-printing", ["cannot be returned"])

# --------------------------------------- damaged, wrong, missing: first report
for m, mm, it, l in [
    ("my tripod arrived with a broken leg clamp", ["7 days"], "complaint", "en"),
    ("new camera won't turn on straight out of the box", ["Charge the battery fully"], "complaint", "en"),
    ("got the sony version of the sigma but I ordered fuji X mount", ["14 days"], "complaint", "en"),
    ("the lens hood is missing from the box", ["separate small box"], "complaint", "en"),
    ("one of my portra rolls came crushed", ["new film"], "complaint", "en"),
    ("stigao mi je oštećen paket, stativ je slomljen", ["7"], "complaint", "hr"),
    ("dobio sam pogrešan objektiv, naručio sam za Nikon", ["14"], "complaint", "hr"),
    ("paket je prišel poškodovan, škatla je čisto zmečkana", [], "complaint", "sl"),
    ("Die Kamera geht nach dem Auspacken nicht an", ["14"], "complaint", "de"),
    ("stigao mi je blic sa napuklim kućištem", ["7"], "complaint", "sr"),
]:
    c(m, False, it, "damaged-parcels", mm, l=l)

# --------------------------------------------- late or lost: first report
for m, mm, it, l in [
    ("tracking says delivered but nothing is here", ["next working day"], "complaint", "en"),
    ("my parcel hasn't moved in tracking since tuesday", ["3 working days"], "shipping", "en"),
    ("parcel to graz has been stuck at the same depot for days", ["5 working days"], "shipping", "en"),
    ("I put the wrong house number and it's already on the way", ["tracking link"], "shipping", "en"),
    ("never got a tracking email", ["My orders"], "shipping", "en"),
    ("piše da je isporučeno ali paketa nema", [], "complaint", "hr"),
    ("sledenje kaže dostavljeno, paketa pa ni nikjer", [], "complaint", "sl"),
    ("a csomag napok óta nem mozdul a követésben", ["5"], "shipping", "hu"),
    ("il tracking dice consegnato ma non ho ricevuto niente", [], "complaint", "it"),
]:
    c(m, False, it, "delivery-problems", mm, l=l)

# ------------------------------------------------------------------- payment
for m, mm, l in [
    ("what payment methods do u take", ["PayPal"], "en"),
    (["looking at the R6 Mark II", "can i pay in instalments"], ["up to 12"], "en"),
    ("24 rates on a 2299 camera, possible?", ["from €1,000"], "en"),
    ("my card is from a slovenian bank, can I still do instalments?", ["Cards from other countries"], "en"),
    ("cash on delivery available?", ["Croatia only"], "en"),
    ("I see 2 payments for one order, what's going on", ["5–7 working days"], "en"),
    ("when is my card actually charged", ["when the order ships"], "en"),
    ("može li plaćanje na rate bez kamata?", ["12"], "hr"),
    ("primate li KEKS Pay?", [], "hr"),
    ("lehet részletre fizetni magyar kártyával?", [], "hu"),
    ("Kann ich per Überweisung bezahlen?", ["5"], "de"),
    ("može li plaćanje na rate sa bh. karticom?", [], "bs"),
]:
    c(m, False, "payment", "payment", mm, l=l)

# ------------------------------------------------------------------ invoices
for m, mm, l in [
    ("where's my invoice", ["Download invoice"], "en"),
    ("i need an R1 invoice for my company", ["OIB"], "en"),
    ("we're an austrian company, do we pay croatian vat?", ["reverse charge"], "en"),
    ("I forgot to put my company on the invoice, ordered 10 days ago", ["30 days"], "en"),
    ("trebam R1 račun, gdje upisujem OIB?", [], "hr"),
    ("mi serve la fattura con partita IVA", [], "it"),
]:
    c(m, False, "payment", "invoices", mm, l=l)

# ---------------------------------------------------------------- gift cards
for m, mm, l in [
    (["got a poklon bon from you for my birthday", "how long is it valid"], ["2 years"], "en"),
    ("can I pay the rental deposit with my gift card?", ["cannot be used to pay a rental deposit"], "en"),
    ("how do I check how much is left on my poklon bon", ["Check balance"], "en"),
    ("where do I see my store credit from a trade-in", ["My credit"], "en"),
    ("is kvadrat credit valid forever?", ["3 years"], "en"),
    ("koliko dugo vrijedi poklon bon?", ["2"], "hr"),
    ("meddig érvényes az ajándékkártya?", ["2"], "hu"),
    ("Kann ich den Gutschein für eine Sensorreinigung verwenden?", [], "de"),
]:
    c(m, False, "payment", "gift-cards", mm, l=l)

# --------------------------------------------- discount codes, student discount
for m, mm, l in [
    ("can I use 2 codes on one order", ["One discount code per order"], "en"),
    ("DOBRODOSLI10 doesn't work on the R50", ["not valid on cameras and lenses"], "en"),
    (["i'm studying photography at the academy", "do you have a student discount"], ["10% off"], "en"),
    ("does the student discount work on a camera?", ["not valid on cameras"], "en"),
    ("how do i verify as a student", ["fotokvadrat.hr/studenti"], "en"),
    ("found a 20% code on a coupon site, it doesn't work", ["coupon websites"], "en"),
    ("imate li studentski popust? imam x-icu", ["10"], "hr"),
    ("c'è uno sconto per studenti?", ["10"], "it"),
    ("kod za popust mi kaže da je istekao", [], "sr"),
    ("vrijedi li DOBRODOSLI10 za filmove?", ["10"], "bs"),
]:
    c(m, False, "payment", "discount-codes", mm, l=l)

# ------------------------------------------------------------------- account
for m, mm, l in [
    (["can't log in", "forgot my password"], ["Forgot password?"], "en"),
    ("reset link says expired", ["60 minutes"], "en"),
    ("my account is locked after too many tries", ["30 minutes"], "en"),
    ("how do i change my email address", ["My details"], "en"),
    ("I ordered as a guest before, can I see those orders in a new account?", ["same e-mail address"], "en"),
    ("zaboravio sam lozinku", ["60"], "hr"),
    ("Mein Konto ist gesperrt", ["30"], "de"),
    ("zaboravila sam šifru, šta da radim?", ["60"], "sr"),
]:
    c(m, False, "account", "account", mm, l=l)

# ------------------------------------------------------------------- privacy
for m, mm, l in [
    (["I don't use my account anymore", "how do I delete it"], ["Delete account"], "en"),
    ("how long do you keep a copy of my ID after renting", ["30 days"], "en"),
    ("do you look at the photos on my card when it's in for repair", ["remove your memory card"], "en"),
    ("why would you keep my invoices after I delete my account?", ["11 years"], "en"),
    ("what happens to my kvadrat credit if I delete my account", ["credit is lost"], "en"),
    ("kako obrisati korisnički račun?", ["30"], "hr"),
    ("kam pošljem zahtevo za izbris podatkov?", [PRIV], "sl"),
]:
    c(m, False, "account", "privacy", mm, l=l)

# ------------------------------------------------------------------ warranty
for m, mm, l in [
    ("how long is the warranty on a new camera", ["2 years"], "en"),
    ("warranty on used gear?", ["12 months"], "en"),
    ("my lens stopped focusing, bought it 8 months ago, what do I do", ["fotokvadrat.hr/reklamacija"], "en"),
    ("dropped my camera on the pavement, is that covered?", ["drops"], "en"),
    ("do I get a loaner camera while mine is in warranty repair", ["15 working days"], "en"),
    (["kupio sam kod vas Sigma 18-50", "koliko traje garancija na objektiv?"], ["2"], "hr"),
    (["imam težavo s fotoaparatom", "ne dela več, kupljen je bil pred letom, kaj naj naredim?"], ["fotokvadrat.hr/reklamacija"], "sl"),
    ("mennyi a garancia használt fényképezőgépre?", ["12"], "hu"),
    ("Wie lange Garantie habe ich auf eine gebrauchte Kamera?", ["12"], "de"),
    ("kako prijaviti reklamaciju za objektiv?", ["fotokvadrat.hr/reklamacija"], "bs"),
]:
    c(m, False, "return_refund", "warranty", mm, l=l)

# ------------------------------------------------------------------ repairs
for m, mm, l in [
    ("how much does a repair estimate cost", ["€25"], "en"),
    ("price for a shutter replacement on a canon 6d?", ["from €180"], "en"),
    ("my old pentax needs a CLA, what does that cost", ["from €110"], "en"),
    ("can I send my camera for repair by post from split", ["fotokvadrat.hr/servis"], "en"),
    ("my 35mm lens front-focuses, can you calibrate it", ["€45"], "en"),
    ("my camera got splashed with sea water yesterday, can you fix it?", ["€45"], "en"),
    ("koliko košta procjena popravka?", ["25"], "hr"),
    ("koliko časa traja popravilo?", ["5–10"], "sl"),
    ("mennyibe kerül a zárcsere?", ["180"], "hu"),
    ("Was kostet die Diagnose bei einer Reparatur?", ["25"], "de"),
]:
    c(m, False, "return_refund", "repairs", mm, l=l)

# ----------------------------------------------------------- sensor cleaning
for m, mm, l in [
    (["I have dust spots on all my sky photos", "how much is sensor cleaning"], ["€49"], "en"),
    ("can i wait while you clean the sensor", ["€65"], "en"),
    ("if i drop my camera off at 10 is it ready today", ["11:00"], "en"),
    ("can i clean the sensor with canned air", ["Never use canned compressed air"], "en"),
    ("bought my a7 iv from you last year, is the cleaning free?", ["free within 12 months"], "en"),
    ("spots keep coming back even after I blow the sensor", ["Oil spots"], "en"),
    ("koliko košta čišćenje senzora?", ["49"], "hr"),
    ("da li mogu da sačekam dok čistite senzor?", ["65"], "sr"),
    ("mennyibe kerül a szenzortisztítás?", ["49"], "hu"),
    ("Was kostet eine Sensorreinigung?", ["49"], "de"),
]:
    c(m, False, "product_info", "sensor-cleaning", mm, l=l)

# -------------------------------------------------------------------- rental
for m, mm, it, l in [
    (["do you rent cameras?", "how much for an a7 iv for one day"], ["€35"], "product_info", "en"),
    ("what's the deposit on the R6 Mark II", ["€900"], "product_info", "en"),
    ("can I pay an 800 euro deposit with my debit card?", ["credit card"], "payment", "en"),
    ("do you ship rental gear to split?", ["we do not ship rental gear"], "product_info", "en"),
    ("are memory cards included with a rental camera?", ["memory cards are not included"], "product_info", "en"),
    ("i'm 17, can I rent a camera for a school project", ["18"], "product_info", "en"),
    ("what if I bring the rental back a day late", ["one more day's rent"], "product_info", "en"),
    ("if I rent the a7 iv and then buy one, do I get anything off?", ["3 days' rent"], "product_info", "en"),
    ("can I take a rented camera to a wedding in banja luka?", ["written approval"], "product_info", "en"),
    ("how do I cancel a rental booking? not yet, just asking", ["24 hours"], "product_info", "en"),
    ("koliko košta najam objektiva 85mm?", ["20"], "product_info", "hr"),
    ("koji je polog za Sony A7 IV?", ["800"], "product_info", "hr"),
    ("koliko stane najem fotoaparata za vikend?", [], "product_info", "sl"),
    ("da li iznajmljujete gimbal i koliko košta dan?", ["20"], "product_info", "sr"),
    (["želim iznajmiti gimbal za vikend", "mogu li polog platiti gotovinom?"], ["300"], "payment", "bs"),
    ("quanto costa noleggiare una fotocamera per una settimana?", [], "product_info", "it"),
]:
    c(m, False, it, "rental", mm, l=l)

# --------------------------------------------- rental deposit, damage, loss
for m, mm, it, l in [
    ("what's rental protect", ["€4 per item per day"], "product_info", "en"),
    ("if I drop the rented lens what do I pay", ["10% of the repair"], "product_info", "en"),
    ("what happens if a rental camera gets stolen? asking before a trip to Rome", ["24 hours"], "product_info", "en"),
    ("when do I get my deposit back after returning", ["2 working days"], "payment", "en"),
    ("I lost the lens cap of the rental, how much is that", ["€10"], "product_info", "en"),
    ("kada dobijem polog natrag?", ["2"], "payment", "hr"),
    ("koliko stane izgubljena baterija pri najemu?", ["60"], "product_info", "sl"),
    ("Was kostet Rental Protect?", ["4"], "product_info", "de"),
]:
    c(m, False, it, "rental-damage", mm, l=l)

# ------------------------------------------------------------------ trade-in
for m, mm, l in [
    ("do you buy used cameras", ["Kvadrat credit"], "en"),
    ("can I get cash for my old lens instead of credit", ["We do not pay cash"], "en"),
    ("roughly how much would you give me for my d750", ["40–60%"], "en"),
    ("my lens has a bit of fungus, will you take it anyway", ["fungus"], "en"),
    ("I'm in ljubljana, can I send my trade-in by post", ["at your own cost"], "en"),
    ("is there a bonus if I trade in towards a new camera", ["10% bonus"], "en"),
    (["imam stari Canon 6D koji mi više ne treba", "otkupljujete li stare fotoaparate?"], [], "hr"),
    ("da li mogu da pošaljem opremu na otkup iz Beograda?", [], "sr"),
    ("mennyit adtok egy használt objektívért?", ["40–60%"], "hu"),
    ("Kauft ihr gebrauchte Kameras an?", [], "de"),
]:
    c(m, False, "product_info", "trade-in", mm, l=l)

# ----------------------------------------------------------------- used gear
for m, mm, l in [
    ("what does grade B mean", ["visible wear"], "en"),
    (["looking at the used X-T3", "is there a warranty on used cameras"], ["12 months"], "en"),
    ("can i reserve a used lens and try it in the store", ["48 hours"], "en"),
    ("can I return a used camera if I don't like it?", ["14 days"], "en"),
    ("can you do a better price on the used 6d?", ["we do not negotiate"], "en"),
    ("imaju li rabljeni aparati garanciju?", ["12"], "hr"),
    ("ali lahko rabljen objektiv rezerviram in ga preizkusim?", ["48"], "sl"),
    ("che garanzia hanno le fotocamere usate?", ["12"], "it"),
]:
    c(m, False, "product_info", "used-gear", mm, l=l)

# ------------------------------------------------------- memory cards, recovery
for m, mm, l in [
    (["just got the Z50 II", "which sd card for 4k 60p"], ["V60 or V90"], "en"),
    ("what card does the nikon z8 take", ["Type B"], "en"),
    ("I deleted photos by accident, can you get them back", ["€39"], "en"),
    ("data recovery on a 256gb card, price?", ["€129"], "en"),
    ("my sandisk card died with my holiday photos, is that warranty?", ["the card, not the photos"], "en"),
    ("koliko košta spašavanje podataka s kartice?", ["39"], "hr"),
    ("visszaállítjátok a véletlenül törölt képeket?", ["39"], "hu"),
    ("che scheda serve per la Sony A7 IV?", [], "it"),
]:
    c(m, False, "product_info", "memory-cards", mm, l=l)

# ---------------------------------------------------------------- film lab
for m, mm, l in [
    ("how much to develop a roll of 35mm colour", ["€9"], "en"),
    (["dropping off 2 rolls of portra tomorrow", "how long does c41 take"], ["3 working days"], "en"),
    ("do you push process? shot my hp5 at 1600", ["€3"], "en"),
    ("can you develop a disposable camera", ["€12"], "en"),
    ("can i mail my film from osijek", ["fotokvadrat.hr/lab"], "en"),
    ("do you develop instax", ["develops itself"], "en"),
    ("koliko košta razvijanje filma u boji?", ["9"], "hr"),
    ("Entwickelt ihr auch Diafilm?", ["16"], "de"),
    ("quanto costa sviluppare un rullino a colori?", ["9"], "it"),
    ("da li razvijate ECN-2 film?", ["15"], "sr"),
]:
    c(m, False, "product_info", "film-lab", mm, l=l)

# ------------------------------------------------------------- photo prints
for m, mm, l in [
    ("how much is a 10x15 print", ["€0.25"], "en"),
    ("price for a 40x60 canvas", ["€39"], "en"),
    ("what resolution do i need for a 40x60 print", ["6000 x 4000 px"], "en"),
    ("if I order prints online at 10am can I pick them up today", ["17:00"], "en"),
    ("can you print 50 photos while I wait?", ["1 hour"], "en"),
    ("can you print my kid's school photos, they have the studio logo on", ["written permission"], "en"),
    ("koliko košta izrada slika 10x15?", ["0", "25"], "hr"),
    (["ciao, vorrei stampare delle foto del matrimonio", "quanto costa una stampa 30x45?"], ["7", "90"], "it"),
    ("koliko košta 100 slika 10x15?", ["0", "19"], "bs"),
]:
    c(m, False, "product_info", "photo-printing", mm, l=l)

# --------------------------------------------------------------- price match
for m, mm, l in [
    ("do you price match", ["authorised dealer"], "en"),
    ("found the a7 iv 100 euro cheaper on amazon, will you match", ["marketplaces"], "en"),
    ("bought a lens last week and now it's cheaper at another croatian shop", ["fotokvadrat.hr/cijena"], "en"),
    ("your own price dropped 5 days after I bought, anything for me?", ["refund the difference"], "en"),
    ("can I use a discount code and a price match together", ["cannot be combined with discount codes"], "en"),
    ("usklađujete li cijene s drugim trgovinama?", [], "hr"),
    ("fate price match con i negozi italiani?", [], "it"),
]:
    c(m, False, "payment", "price-match", mm, l=l)

# ------------------------------------------------------------ choosing gear
for m, mm, l in [
    ("best camera for a beginner under 900", ["Canon EOS R50"], "en"),
    (["thinking about the R50 kit", "will my old canon EF lenses work on it"], ["EF-EOS R adapter"], "en"),
    ("do nikon F lenses fit the z50 ii", ["FTZ II"], "en"),
    ("what is crop factor", ["1.5"], "en"),
    ("full frame or aps-c for weddings in dark churches", ["full-frame"], "en"),
    ("can you teach me how to use manual mode", ["We do not give photography lessons in the chat"], "en"),
    ("koji fotoaparat za početnika do 900 eura?", [], "hr"),
    ("ali moji stari Nikon objektivi delujejo na Z50 II?", [], "sl"),
    ("quale fotocamera mi consigliate per i viaggi?", [], "it"),
]:
    c(m, False, "product_info", "choosing-gear", mm, l=l)

# --------------------------------------------------------------- camera care
for m, mm, l in [
    ("how do i clean my lens properly", ["hand blower"], "en"),
    ("my camera fogged up after coming in from the cold", ["1–2 hours"], "en"),
    ("how should I store lenses so they don't get fungus", ["40–50%"], "en"),
    ("can I put spare camera batteries in checked luggage", ["hand luggage"], "en"),
    ("will airport x-ray ruin my film", ["hand check"], "en"),
    ("kako čuvati objektive da ne dobiju gljivice?", ["40–50%"], "hr"),
    ("posso portare le batterie di ricambio in aereo?", ["100"], "it"),
    ("kondenz u objektivu nakon hladnoće, šta da radim?", [], "sr"),
]:
    c(m, False, "product_info", "camera-care", mm, l=l)

# ------------------------------------------------- products (data answers)
for m, mm, l in [
    ("how much is the canon r50 kit", ["799"], "en"),
    ("is the x100vi in stock", ["sold out"], "en"),
    ("how heavy is the befree advanced", ["1.6 kg"], "en"),
    ("max load of the kvadrat travel 150 tripod?", ["4 kg"], "en"),
    ("what filter size is the tamron 28-75", ["67mm"], "en"),
    ("do you have kodak gold 200 at the moment", [], "en"),
    ("which battery does the r50 use", ["LP-E17"], "en"),
    ("how much is a 5 pack of portra 400 in 120", ["79.9"], "en"),
    ("how many shots do I get from a 36 roll in the kodak half frame", ["72"], "en"),
    ("is the used d750 still there, whats the shutter count", ["22 500"], "en"),
    ("koliko košta Sony A7 IV?", ["2299"], "hr"),
    ("imate li Portra 400 na stanju i koliko košta?", ["18", "9"], "hr"),
    ("koliko košta Nikon Z50 II sa objektivom?", ["1149"], "sr"),
    ("mennyibe kerül a Fujifilm X-T50?", ["1499"], "hu"),
    ("quanto costa il Sigma 18-50?", ["539"], "it"),
]:
    c(m, False, "product_info", None, mm, l=l)

# ------------------------------------------------------- order status (data)
for m, mm, mnm, l, cu in [
    ("where is my order ZG-0041873?", ["shipped", "62185539147"], [], "en", "u27001"),
    ("gdje je moja narudžba 41873?", ["62185539147"], [], "hr", "u27001"),
    ("Wo ist meine Bestellung ZG 41880? Das Tamron-Objektiv", ["01505076493318"], [], "de", "u27002"),
    ("gde je moja porudžbina ZG-0041866?", ["4829156037"], [], "sr", "u27003"),
    ("is my order 0041891 confirmed? I paid by bank transfer yesterday", ["pending"], [], "en", "u27005"),
    ("kje je moje naročilo ZG-0041842?", ["62184420918"], [], "sl", "u27006"),
    ("hol tart a ZG-0041855 rendelésem?", ["62185501673"], [], "hu", "u27007"),
    ("has ZG-0041895 shipped yet", ["paid"], [], "en", "u27008"),
    ("is my pick-up order 41897 ready?", ["paid"], [], "en", "u27009"),
    ("il mio zaino, ordine ZG-0041801, è stato consegnato?", ["01505076377042"], [], "it", "u27010"),
    ("just checking ZG-0041768 really got cancelled", ["cancelled"], [], "en", "u27012"),
    ("je li stigla moja narudžba ZG 41750?", ["4829107745"], [], "bs", "u27013"),
    ("gdje mi je instax, narudžba 0041833", ["CP208337415HR"], [], "hr", "u27015"),
    ("ZG-0041899 says pending, what does that mean", ["pending"], [], "en", "u27018"),
    ("Wo bleibt die CFexpress-Karte? #ZG-0041861", ["01505076488125"], [], "de", "u27020"),
    ("kad stiže ZG-0041870? za Beograd", ["4829162290"], [], "sr", "u27026"),
    ("narudžba 41877 gdje je", ["CP208351126HR"], [], "hr", "u27027"),
    ("narudžba ZG-0041888 još stoji na čekanju, plaćam pouzećem, je li to normalno?", [], [], "hr", "u27030"),
    ("mikor érkezik a ZG-0041858? instax", ["62185044137"], [], "hu", "u27032"),
    ("il mio ordine 41802 è stato consegnato?", ["01505076380233"], [], "it", "u27034"),
    ("gdje je moj Pentax, ZG-0041864", ["4829160311"], [], "bs", "u27038"),
    ("kje je paket zg0041852", ["62185210398"], [], "sl", "u27040"),
    ("did the refund for ZG-0041744 go through?", ["refunded"], [], "en", "u27042"),
    ("was my used 85mm delivered? order ZG-0041783", ["delivered"], [], "en", "u27047"),
    ("is ZG-0041889 ready to collect", ["paid"], [], "en", "u27041"),
    ("where's my instax film order, the one with 3 packs", ["CP208305567HR"], [], "en", "u27043"),
]:
    c(m, False, "order_status", None, mm, mnm, l=l, cu=cu)
# someone else's order / no such order / no number at all
for m, mnm, l in [
    ("where is order ZG-0041873?", ["62185539147"], "en"),
    ("gdje je narudžba 41866", ["4829156037"], "hr"),
    ("kje je naročilo ZG-0041852?", ["62185210398"], "sl"),
    ("dov'è l'ordine ZG-0041999?", [], "it"),
    ("order 0041999 status?", [], "en"),
    ("where's my camera? ordered a sony body last week", ["62185539147", "62182977410"], "en"),
]:
    c(m, False, "order_status", None, [], mnm, l=l)
# orders whose timing or charges a page explains
c("will I have to pay anything when ZG-0041866 arrives in Novi Sad?", False, "shipping", "customs-non-eu", ["20%"], cu="u27003")
c("moram li platiti carinu kad stigne ZG-0041864?", False, "shipping", "customs-non-eu", ["17"], l="bs", cu="u27038")
c("my pick up order ZG-0041897, how long will you keep it for me", False, "shipping", "click-collect", ["10 days"], cu="u27009")
c("ZG-0041891 is still pending, I paid by bank transfer on monday, when will it leave?", False, "shipping", "shipping", ["1–2 working days"], cu="u27005")
c("ZG-0041895 is a 2499 camera, will they leave it at my door if I'm at work?", False, "shipping", "shipping", ["signature"], cu="u27008")
c("koliko će se čekati na povrat novca za ZG-0041876? bilo je na rate", False, "order_status", "order-changes", ["10"], l="hr", cu="u27045")

# ---- numbers that are not order numbers (sizes, models, counts, postcodes)
for m, it, art, mm, l in [
    ("does the 24-70 gm ii take 82mm filters?", "product_info", None, ["82mm"], "en"),
    ("I shot 350 frames on the new z50 ii, can I still return it?", "return_refund", "returns", ["200 shutter actuations"], "en"),
    ("is 1.6 kg too heavy for hiking? looking at the befree", "product_info", None, ["1.6 kg"], "en"),
    ("my postcode is 21000 split, how much is shipping?", "shipping", "shipping", ["€3.99"], "en"),
    ("want to print 250 photos at 10x15, price?", "product_info", "photo-printing", ["€0.19"], "en"),
    ("the 6D has 48 000 shots, is that a lot? will the shutter last", "product_info", None, ["48 000"], "en"),
    ("imam 3 rolne Portre 400 za razvijanje i sken 6000 x 4000, koliko to košta?", "product_info", "film-lab", ["10"], "hr"),
    ("ho una Canon 6D con 48000 scatti, quanto mi date in permuta?", "product_info", "trade-in", ["40–60%"], "it"),
    ("Ich wohne in 8010 Graz, was kostet der Versand?", "shipping", "shipping", ["8", "99"], "de"),
    ("1051 Budapest, mennyi a szállítás?", "shipping", "shipping", ["7", "99"], "hu"),
    ("71000 Sarajevo, koliko košta dostava?", "shipping", "shipping", ["19", "99"], "bs"),
]:
    c(m, False, it, art, mm, l=l)

# ============================================================ hand-overs
# --------------------------------------------- explicit asks for a person
for m, l in [
    ("can I talk to a real person", "en"),
    ("human please", "en"),
    ("agent", "en"),
    ("is there a real person there?", "en"),
    ("transfer me pls", "en"),
    ("can someone call me back? 091 555 2378", "en"),
    ("I'd like to speak to someone from the workshop", "en"),
    ("can i speak to Marko from the rental counter? he helped me last time", "en"),
    ("I want to speak to your manager", "en"),
    ("put me through to someone who knows Fuji gear", "en"),
    ("rather talk to a human tbh", "en"),
    ("Could a member of your staff contact me regarding a purchase I'm considering?", "en"),
    ("mogu li razgovarati s osobom?", "hr"),
    ("trebam nekoga živog, ne bota", "hr"),
    ("može li me netko nazvati?", "hr"),
    ("spojite me s nekim iz servisa", "hr"),
    ("želim razgovarati s poslovođom", "hr"),
    ("može Ivana s pulta za najam? ona zna o čemu se radi", "hr"),
    ("lahko govorim z osebo?", "sl"),
    ("me lahko kdo pokliče?", "sl"),
    ("želim govoriti z nekom iz trgovine", "sl"),
    ("mogu li da pričam sa nekim živim?", "sr"),
    ("dajte mi nekog iz korisničke podrške", "sr"),
    ("može li neko da me pozove?", "sr"),
    ("mogu li dobiti nekog od uposlenika?", "bs"),
    ("hoću razgovarati s čovjekom, ne s robotom", "bs"),
    ("nazovite me molim vas, 061 234 567", "bs"),
    ("beszélhetnék egy munkatárssal?", "hu"),
    ("kérek egy visszahívást", "hu"),
    ("élő ember van ott?", "hu"),
    ("posso parlare con una persona?", "it"),
    ("vorrei essere richiamato", "it"),
    ("mi passi un operatore per favore", "it"),
    ("Kann ich mit einem Mitarbeiter sprechen?", "de"),
    ("Bitte verbinden Sie mich mit einem Menschen", "de"),
    ("Kann mich jemand zurückrufen?", "de"),
]:
    c(m, True, "human_request", None, l=l)

# ---------------------------------------- press, schools, partnerships
for m, l in [
    ("I'm writing for a photography magazine and would like to interview the owner, who can I talk to?", "en"),
    ("škola smo i htjeli bismo razgovarati s nekim o nabavi 10 fotoaparata za foto grupu", "hr"),
    ("sono un fotografo di matrimoni e vorrei parlare con qualcuno di una collaborazione", "it"),
    ("smo fotoklub iz Celja, s kom se lahko pogovorimo o popustu za člane?", "sl"),
    ("Wir sind eine Agentur in Wien und möchten mit jemandem über Mietkonditionen sprechen.", "de"),
]:
    c(m, True, "human_request", "contact", l=l)

# ------------------------------- cancel or change an order, booking, pre-order
for m, it, art, l, cu in [
    ("please cancel ZG-0041895", "order_status", "order-changes", "en", "u27008"),
    ("molim vas otkažite narudžbu 41895, predomislio sam se", "order_status", "order-changes", "hr", "u27008"),
    ("can you change the X-T50 on ZG-0041891 to the silver one?", "order_status", "order-changes", "en", "u27005"),
    ("please add a lens hood to 41899 before it ships", "order_status", "order-changes", "en", "u27018"),
    ("prosim spremenite naslov dostave za ZG-0041884, preselil sem se v Maribor", "order_status", "order-changes", "sl", "u27028"),
    ("potete cambiare l'indirizzo dell'ordine ZG-0041893? sono in ufficio a Trieste", "order_status", "order-changes", "it", "u27035"),
    ("možete li narudžbu 41881 prebaciti na osobno preuzimanje u Ilici?", "order_status", "order-changes", "hr", "u27019"),
    ("can you switch ZG-0041897 from pick-up to delivery to my flat in Split?", "order_status", "order-changes", "en", "u27009"),
    ("please add 2 more rolls of HP5 to ZG-0041889 before I collect it", "order_status", "order-changes", "en", "u27041"),
    ("otkažite mi narudžbu ZG-0041888, ipak ću kupiti u dućanu", "order_status", "order-changes", "hr", "u27030"),
    ("can you send ZG-0041873 to my office instead? I'm never home", "order_status", "order-changes", "en", "u27001"),
    ("Können Sie ZG-0041880 an meine Arbeitsadresse in Graz umleiten?", "order_status", "order-changes", "de", "u27002"),
    ("I ordered the Sigma for Sony E on ZG-0041893 but need the Fuji X one, please change it", "order_status", "order-changes", "en", "u27035"),
    ("please put my company's OIB on the invoice for ZG-0041848, I need an R1", "payment", "invoices", "en", "u27024"),
    ("molim R1 račun za narudžbu 41848, zaboravio sam označiti", "payment", "invoices", "hr", "u27024"),
    ("the LP-E17 in ZG-0041824 is for the wrong camera, can you swap it for the Sony NP-FZ100 inside the same order?", "return_refund", "returns", "en", "u27017"),
    ("vorrei restituire l'85mm usato dell'ordine ZG-0041783 e riavere i soldi, potete farlo voi?", "return_refund", "returns", "it", "u27047"),
    ("I want my money back for the tamron, just refund ZG-0041880 please", "return_refund", "returns", "en", "u27002"),
    ("the parcel came back to you because I was away, please send it again", "order_status", "delivery-problems", "en", None),
    ("paket se vratio k vama, pošaljite ga ponovno molim", "order_status", "delivery-problems", "hr", None),
    ("cancel my pre-order for the new Nikon please, I can't find the button", "order_status", "pre-orders", "en", None),
    ("please cancel my rental booking for saturday, the A7 IV", "order_status", "rental", "en", None),
    ("can you extend my 70-200 rental until wednesday?", "order_status", "rental", "en", None),
    ("produžite mi najam objektiva do petka, molim", "order_status", "rental", "hr", None),
    ("prosim prestavite mojo rezervacijo najema na naslednji vikend", "order_status", "rental", "sl", None),
    ("Können Sie meine Mietbuchung für die R6 am Freitag stornieren?", "order_status", "rental", "de", None),
    ("potete spostare il mio noleggio della Fujifilm a domenica?", "order_status", "rental", "it", None),
    ("otkažite mi rezervaciju najma gimbala za sutra", "order_status", "rental", "sr", None),
]:
    c(m, True, it, art, l=l, cu=cu)

# --------------------------------------------- things only staff can do
E = []  # (message, intent, article, lang, customer)
E += [  # charged twice / unknown charge
    ("Would you be so kind as to check why my card shows two payments of 1099 for ZG-0041848? Both have been booked for 9 days.", "payment", "payment", "en", "u27024"),
    ("skinuli ste mi novac dvaput za istu narudžbu, obje transakcije su knjižene već dva tjedna", "payment", "payment", "hr", None),
    ("dvakrat ste mi bremenili kartico za isto naročilo, oboje je že knjiženo", "payment", "payment", "sl", None),
    ("kétszer vonták le ugyanazt az összeget, és már 10 napja", "payment", "payment", "hu", None),
    ("mi avete addebitato due volte lo stesso ordine, entrambi gli addebiti sono contabilizzati", "payment", "payment", "it", None),
    ("Sie haben meine Karte zweimal belastet, beide Buchungen sind seit über einer Woche da", "payment", "payment", "de", None),
    ("KEKS Pay says my payment went through, but your site says it failed and wants me to pay again", "payment", "payment", "en", None),
    ("banka kaže da je uplata za narudžbu prošla, a vi tvrdite da novac niste primili", "payment", "payment", "hr", None),
    ("there's a Foto Kvadrat charge of 158 euros on my card and I never bought anything from you", "payment", None, "en", None),
]
E += [  # charged after cancelling
    ("I cancelled ZG-0041768 on 29 september and the 539 was still taken from my card, it's booked, not a reservation", "payment", "order-changes", "en", "u27012"),
    ("otkazao sam narudžbu 41768 i novac je svejedno skinut, nije rezervacija", "payment", "order-changes", "hr", "u27012"),
    ("Bestellung ZG-0041820 wurde storniert, die 249 € sind aber abgebucht und nach einer Woche nicht zurück", "payment", "order-changes", "de", "u27029"),
    ("ho annullato l'ordine due settimane fa ma l'importo mi è stato addebitato lo stesso", "payment", "order-changes", "it", None),
    ("otkazala sam narudžbu prije 12 dana a pare mi još nisu vraćene na karticu", "payment", "order-changes", "bs", None),
]
E += [  # refund missing
    ("returned the RF 50mm, ZG-0041611 says refunded since 19 september and I still have nothing", "return_refund", "returns", "en", "u27004"),
    ("povrat novca za ZG-0041611 još nije sjeo, prošlo je skoro mjesec dana", "return_refund", "returns", "hr", "u27004"),
    ("Could you please look into my refund for ZG-0041681? The sling bag went back over a month ago and nothing has reached my card.", "return_refund", "returns", "en", "u27036"),
    ("Die Rückerstattung für ZG-0041744 ist nach drei Wochen immer noch nicht da", "return_refund", "returns", "de", "u27042"),
    ("egy hónapja visszaküldtem az objektívet, és még mindig nem kaptam vissza a pénzt", "return_refund", "returns", "hu", None),
    ("vratio sam aparat pre pet nedelja, a novac još nije legao", "return_refund", "returns", "sr", None),
    ("my bank says no refund ever came in but your email says it was sent 3 weeks ago", "return_refund", "returns", "en", None),
]
E += [  # vanished credit, gift card never arrived
    ("the Kvadrat credit from returning the backpack (ZG-0041808) was in My credit and now it's gone", "payment", "gift-cards", "en", "u27025"),
    ("nestao mi je Kvadrat kredit s računa, bilo je 180 eura od otkupa", "payment", "gift-cards", "hr", None),
    ("bought a €50 gift card (ZG-0041790) for my sister, resent it twice from My orders, she still has nothing, not in spam", "payment", "gift-cards", "en", "u27021"),
    ("darilni bon za 100 € (ZG-0041836) ni nikoli prišel, tudi po ponovnem pošiljanju ne", "payment", "gift-cards", "sl", "u27046"),
    ("il saldo del mio buono regalo è sparito, c'erano ancora 60 euro", "payment", "gift-cards", "it", None),
    ("Mein Guthaben ist plötzlich weg, gestern waren noch 120 € drauf", "payment", "gift-cards", "de", None),
]
E += [  # trade-in credit not added
    ("you checked my D7500 for trade-in on saturday, the guy said it matched the quote, but there's no credit in My credit yet", "payment", "trade-in", "en", None),
    ("predao sam objektiv na otkup prije tjedan dana, kredit još nije dodan", "payment", "trade-in", "hr", None),
    ("a beszámított gépem után járó jóváírás egy hét után sem jelent meg a fiókomban", "payment", "trade-in", "hu", None),
]
E += [  # rental deposit and damage disputes
    ("returned the 70-200 eight days ago and the 700 euro deposit is still blocked on my card", "payment", "rental-damage", "en", None),
    ("Molim vas, možete li provjeriti zašto mi polog od 900 eura još nije oslobođen? Aparat sam vratio prošli tjedan.", "payment", "rental-damage", "hr", None),
    ("you kept 150 from my deposit for a scratch that was already on the rental sheet, I want someone to look at that", "payment", "rental-damage", "en", None),
    ("zaračunali ste mi 49 € za čiščenje, pa ni bilo nobenega peska", "payment", "rental-damage", "sl", None),
    ("Sie haben 300 € von der Kaution einbehalten, ohne mir Fotos zu schicken", "payment", "rental-damage", "de", None),
    ("mi avete trattenuto la cauzione ma l'obiettivo era già rovinato quando l'ho preso", "payment", "rental-damage", "it", None),
]
E += [  # rental gear actually stolen
    ("the rented A7 IV was stolen from my hotel room in Rome last night, I have a police report", "complaint", "rental-damage", "en", None),
    ("ukraden mi je iznajmljeni objektiv iz auta, prijavio sam policiji", "complaint", "rental-damage", "hr", None),
    ("Die geliehene Kamera wurde mir im Urlaub gestohlen, die Anzeige habe ich", "complaint", "rental-damage", "de", None),
]
E += [  # price match
    ("I filled in the price match form for my A7 IV (ZG-0041700) on 12 september, you approved it by email, still no refund", "payment", "price-match", "en", "u27022"),
    ("odobrili ste mi razliku u cijeni za ZG-0041700 prije 3 tjedna, novac nije sjeo", "payment", "price-match", "hr", "u27022"),
    ("my price match was rejected but the other shop is an authorised croatian dealer, I'd like it rechecked", "payment", "price-match", "en", None),
    ("obljubili ste mi vračilo razlike v ceni, pa ga po dveh tednih še ni", "payment", "price-match", "sl", None),
]
E += [  # warranty and workshop repairs that failed again / no answer
    ("my used X-T3 (ZG-0041655) was repaired under your 12-month warranty in september and the shutter is jammed again", "return_refund", "warranty", "en", "u27023"),
    ("D750 iz narudžbe 41720 je već bio na servisu u garanciji i opet ima isti kvar", "return_refund", "warranty", "hr", "u27011"),
    ("I submitted a warranty claim 12 days ago and nobody has confirmed receipt", "return_refund", "warranty", "en", None),
    ("Könnten Sie bitte nachsehen, was mit meiner Kamera ist? Sie ist seit 7 Wochen in der Garantiereparatur und niemand meldet sich.", "return_refund", "warranty", "de", None),
    ("la riparazione in garanzia dura da due mesi e nessuno mi risponde", "return_refund", "warranty", "it", None),
    ("objektiv je popravljen u garanciji i ponovo ne fokusira", "return_refund", "warranty", "bs", None),
    ("you've had my camera in the workshop for 5 weeks, the estimate said 10 days, and nobody answers at the servis email", "return_refund", "repairs", "en", None),
    ("nakon vašeg popravka zatvarača aparat opet ne radi, ni mjesec dana kasnije", "return_refund", "repairs", "hr", None),
    ("popravilo je stalo 180 €, zdaj pa je napaka spet tu", "return_refund", "repairs", "sl", None),
]
E += [  # lab lost or ruined film
    ("you lost one of the 3 rolls I dropped off for developing, it was my grandmother's 90th birthday", "complaint", "film-lab", "en", None),
    ("skenovi mog filma su potpuno prazni, a negativi izgledaju izgrebano", "complaint", "film-lab", "hr", None),
    ("ho ricevuto i negativi di un altro cliente invece dei miei", "complaint", "film-lab", "it", None),
]
E += [  # replacement damaged again
    ("the replacement tripod you sent also came with a broken clamp", "complaint", "damaged-parcels", "en", "u27037"),
    ("i zamjenski objektiv je stigao oštećen, drugi put zaredom", "complaint", "damaged-parcels", "hr", None),
]
E += [  # delivered, not received, already looked
    ("GLS says ZG-0041812 was delivered on the 8th. I checked the letterbox, the neighbours and the building reception, nothing for a week", "complaint", "delivery-problems", "en", "u27016"),
    ("GLS tvrdi da je 41812 isporučeno, pitao sam susjede i portira, ništa, već tjedan dana", "complaint", "delivery-problems", "hr", "u27016"),
    ("DPD dice consegnato il 6 ottobre, ho chiesto ai vicini e al portiere, niente da più di una settimana", "complaint", "delivery-problems", "it", "u27034"),
    ("paket je označen kot dostavljen, vprašala sem sosede in pogledala v paketnik, nič že 6 dni", "complaint", "delivery-problems", "sl", None),
    ("a követés szerint kézbesítve, körbekérdeztem a szomszédokat, semmi, már egy hete", "complaint", "delivery-problems", "hu", None),
    ("laut DPD zugestellt, Nachbarn gefragt, Briefkasten geschaut, nach 5 Tagen immer noch nichts", "complaint", "delivery-problems", "de", None),
]
E += [  # customs disputed
    ("DHL mi je naplatio 190 KM za R50 (ZG-0041750), to je puno više od 17% i takse, nešto ne štima", "shipping", "customs-non-eu", "bs", "u27013"),
    ("DHL traži 320 evra za Z50 II, ZG-0041866, to ne može biti 20%", "shipping", "customs-non-eu", "sr", "u27003"),
    ("DHL wants 60 euro from me for ZG-0041870, for two SD cards and a cleaning kit, that can't be right", "shipping", "customs-non-eu", "en", "u27026"),
]
E += [  # invoice, order not placed, someone else's data, deletion, locked out
    ("third time asking: my R1 invoice still has the wrong OIB and my accountant won't take it", "payment", "invoices", "en", None),
    ("već sam vam pisao, račun i dalje nema naziv firme, trebam ispravak", "payment", "invoices", "hr", None),
    ("there's an order ZG-0041847 for two Sony batteries on my account that I never placed", "account", None, "en", "u27039"),
    ("na mom računu je narudžba 41847 koju nisam napravio", "account", None, "hr", "u27039"),
    ("na mom nalogu je porudžbina koju nisam napravila", "account", None, "sr", None),
    ("In meinem Konto ist eine Bestellung, die ich nicht aufgegeben habe", "account", None, "de", None),
    ("logged in and I see someone else's name and address in my account", "account", "privacy", "en", None),
    ("valaki más rendeléseit látom a fiókomban", "account", "privacy", "hu", None),
    ("scusate il disturbo, potreste verificare perché nel mio account vedo l'indirizzo di un'altra persona?", "account", "privacy", "it", None),
    ("I deleted my account in august and you're still sending me newsletters", "account", "privacy", "en", None),
    ("prije dva mjeseca sam zatražio brisanje podataka i ništa se nije dogodilo", "account", "privacy", "hr", None),
    ("bi lahko prosim preverili, zakaj moj račun še vedno obstaja? izbris sem zahteval pred 6 tedni", "account", "privacy", "sl", None),
    ("Ich habe vor zwei Monaten die Löschung meiner Daten beantragt und nie eine Bestätigung bekommen", "account", "privacy", "de", None),
    ("you still have a copy of my ID from a rental in march, I asked you to delete it in may", "account", "privacy", "en", None),
    ("did forgot password 4 times, no email, not in spam, and I have 200 euro credit in there", "account", "account", "en", None),
    ("resetirao sam lozinku 5 puta, mail ne stiže, ni u spamu, ne mogu ući", "account", "account", "hr", None),
    ("ho provato il reset della password tre volte, nessuna email nemmeno nello spam", "account", "account", "it", None),
    ("nalog mi je zaključan, uradila sam reset tri puta i mejl ne stiže", "account", "account", "sr", None),
]
E += [  # legal threats and staff
    ("I've written three times about my refund. If it isn't here by friday I'm filing a complaint with the State Inspectorate", "complaint", None, "en", None),
    ("ako mi ne vratite novac do petka, idem na Državni inspektorat i odvjetniku", "complaint", None, "hr", None),
    ("če tega ne rešite, grem na tržni inšpektorat", "complaint", None, "sl", None),
    ("se non risolvete entro lunedì mi rivolgo a un avvocato", "complaint", None, "it", None),
    ("the guy at the rental counter was really rude to me this morning", "complaint", None, "en", None),
    ("prodavač u dućanu mi je bio jako bezobrazan kad sam pitala za povrat", "complaint", None, "hr", None),
    ("Der Techniker hat mir meine Kamera zerkratzt zurückgegeben", "complaint", None, "de", None),
    ("az üzletben a kolléga kiabált velem", "complaint", None, "hu", None),
]
for m, it, art, l, cu in E:
    c(m, True, it, art, l=l, cu=cu)

# ================================================== conversations (2-4 turns)
# ---- a question is answered, then a person is asked for
for msgs, art, l in [
    (["how much is sensor cleaning", "ok. can I talk to someone in the workshop, I have a weird spot"], "sensor-cleaning", "en"),
    (["how does renting work", "fine. can someone from the rental counter call me, it's for a wedding"], "rental", "en"),
    (["whats the warranty on used cameras", "ok. human please"], "used-gear", "en"),
    (["do you ship to serbia", "can a person explain the customs to me, it's for my business"], "customs-non-eu", "en"),
    (["what's your return policy", "i'd like to talk to someone anyway"], "returns", "en"),
    (["how much do you give for trade-ins", "ok I'd rather discuss it with a person, it's a whole Leica kit"], "trade-in", "en"),
    (["do you price match", "right, let me talk to an actual human about it"], "price-match", "en"),
    (["how long does film developing take", "can I speak to someone from the lab?"], "film-lab", "en"),
    (["koliko košta najam A7 IV?", "ok, može me netko nazvati oko rezervacije?"], "rental", "hr"),
    (["koliko traje garancija?", "možete li me spojiti s nekim iz servisa?"], "warranty", "hr"),
    (["kako funkcionira otkup?", "radije bih to s nekim porazgovarao uživo"], "trade-in", "hr"),
    (["koliko stane poštnina v Slovenijo?", "hvala, lahko zdaj govorim z osebo?"], "shipping", "sl"),
    (["koliko stane čiščenje senzorja?", "lahko me pokliče serviser?"], "sensor-cleaning", "sl"),
    (["koliko košta dostava za Srbiju?", "dobro, mogu li da pričam sa nekim?"], "shipping", "sr"),
    (["kako funkcioniše iznajmljivanje?", "hoću da razgovaram sa nekim sa pulta za najam"], "rental", "sr"),
    (["da li plaćam carinu u BiH?", "može li me neko nazvati da mi to objasni?"], "customs-non-eu", "bs"),
    (["mennyi a szállítás Magyarországra?", "rendben, beszélhetnék egy munkatárssal?"], "shipping", "hu"),
    (["mennyi a garancia az új gépekre?", "inkább emberrel beszélnék"], "warranty", "hu"),
    (["quanto costa la spedizione in Italia?", "ok, posso parlare con qualcuno?"], "shipping", "it"),
    (["come funziona il noleggio?", "preferisco parlare con una persona"], "rental", "it"),
    (["Was kostet eine Sensorreinigung?", "Gut. Kann ich mit jemandem aus der Werkstatt sprechen?"], "sensor-cleaning", "de"),
    (["Wie funktioniert der Ankauf?", "Ich würde das lieber mit einem Menschen besprechen"], "trade-in", "de"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- frustration that builds over the turns (no swearing)
for msgs, it, art, l in [
    (["where do i find my invoice", "there is no Download invoice button", "I looked again, still nothing. you keep repeating the same thing"], "complaint", "invoices", "en"),
    (["how do I reserve a used camera to try", "there's no Reserve to try button on the 6D page", "third time: it's NOT there. this isn't helping"], "complaint", "used-gear", "en"),
    (["my parcel is late", "yes i checked the tracking, nothing for 4 days", "you just keep pasting the same text"], "complaint", "delivery-problems", "en"),
    (["reset link doesn't work", "I clicked it immediately, it says expired", "this is going in circles and I still can't log in"], "complaint", "account", "en"),
    (["my student code doesn't work", "I verified with my x-ica and got the code", "invalid every time, 5 tries now. not helpful at all"], "complaint", "discount-codes", "en"),
    (["how much is customs to serbia", "but how much exactly for the Z50 II kit", "that's not what I asked. again."], "complaint", "customs-non-eu", "en"),
    (["gdje je moj račun?", "nema ga pod Moje narudžbe", "već treći put pišem isto, ovo ne pomaže"], "complaint", "invoices", "hr"),
    (["kako rezerviram rabljeni aparat za probu?", "nema tog gumba", "rekao sam već dvaput da gumba nema, vrtimo se u krug"], "complaint", "used-gear", "hr"),
    (["pozabil sem geslo", "e-pošte ni", "še vedno nič, že tretjič, res frustrirajoče"], "complaint", "account", "sl"),
    (["kako da proverim stanje poklon bona?", "piše da kod ne postoji", "treći put pokušavam, ništa ne radi, ne pomažete"], "complaint", "gift-cards", "sr"),
    (["hol a számlám?", "nincs a rendeléseimnél", "ezt már harmadszor írom, nem segít"], "complaint", "invoices", "hu"),
    (["il codice sconto non funziona", "l'ho scritto giusto, DOBRODOSLI10", "è la terza volta che ve lo dico, non mi state aiutando"], "complaint", "discount-codes", "it"),
    (["Mein Paket bewegt sich nicht", "Ja, ich habe die Sendungsverfolgung geprüft", "Sie wiederholen nur dasselbe, das bringt nichts"], "complaint", "delivery-problems", "de"),
    (["kako da platim na rate?", "nema opcije za rate kod plaćanja", "ponavljate isto, to mi ne pomaže"], "complaint", "payment", "bs"),
]:
    c(msgs, True, it, art, l=l)
# frustration that ends with an ask for a person
for msgs, art, l in [
    (["my tracking hasn't moved since monday", "yes I checked the link", "ok this is pointless, get me a human"], "delivery-problems", "en"),
    (["how do I check my gift card balance", "it says code not found", "forget it, let me talk to someone"], "gift-cards", "en"),
    (["spots on my photos even after blowing the sensor", "did it three times", "can a real person just help me please"], "sensor-cleaning", "en"),
    (["paket se ne miče", "da, provjerio sam", "onda hoću razgovarati s nekim"], "delivery-problems", "hr"),
    (["lozinka ne radi", "već sam probala reset", "želim razgovarati s osobom"], "account", "sr"),
    (["a kuponkód nem működik", "többször beírtam", "kérem, kapcsoljon egy munkatárshoz"], "discount-codes", "hu"),
    (["Die Sendung bewegt sich nicht", "Ja, hab ich kontrolliert", "Dann hätte ich gern einen Menschen"], "delivery-problems", "de"),
    (["il reso non è ancora arrivato da voi", "sì, ho il tracking", "va bene, mi passi una persona"], "returns", "it"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- an answered question, then the staff-only problem comes out
for msgs, it, art, l, cu in [
    (["how long does a refund take", "well, ZG-0041611 says refunded since 19 september and I have nothing"], "return_refund", "returns", "en", "u27004"),
    (["why do I see 2 payments", "it's been 9 days and both are booked, not pending"], "payment", "payment", "en", "u27024"),
    (["how long is the warranty on used gear", "my X-T3 was already repaired once under it and the shutter jammed again"], "return_refund", "warranty", "en", "u27023"),
    (["when do I get my rental deposit back", "it's been 10 days and the 900 is still blocked"], "payment", "rental-damage", "en", None),
    (["where do I see my Kvadrat credit", "it was there last week and now it's gone"], "payment", "gift-cards", "en", "u27025"),
    (["how do I delete my account", "I did that in july and I still get e-mails"], "account", "privacy", "en", None),
    (["is VAT included for serbia?", "then why does DHL want 320 euro from me for ZG-0041866?"], "shipping", "customs-non-eu", "en", "u27003"),
    (["how long does a price match refund take", "you approved mine 3 weeks ago for ZG-0041700 and nothing came"], "payment", "price-match", "en", "u27022"),
    (["koliko traje povrat novca?", "za ZG-0041611 čekam već skoro mjesec dana"], "return_refund", "returns", "hr", "u27004"),
    (["kada dobijem polog natrag?", "vratio sam aparat prije dva tjedna i polog je još blokiran"], "payment", "rental-damage", "hr", None),
    (["koliko časa traja vračilo denarja?", "čakam že pet tednov"], "return_refund", "returns", "sl", None),
    (["mennyi idő a garanciális javítás?", "a gépem már két hónapja ott van és senki nem válaszol"], "return_refund", "warranty", "hu", None),
    (["quanto tempo per il rimborso?", "il mio reso è arrivato da voi un mese fa e non ho visto niente"], "return_refund", "returns", "it", None),
    (["Wie lange dauert die Freigabe der Kaution?", "Ich habe die Kamera vor zwei Wochen zurückgegeben, die Kaution ist immer noch blockiert"], "payment", "rental-damage", "de", None),
    (["kako se briše nalog?", "to sam uradila pre dva meseca i nalog još postoji"], "account", "privacy", "sr", None),
    (["kako dobiti kredit od otkupa?", "aparat ste pregledali u subotu, a kredita još nema"], "payment", "trade-in", "bs", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- a problem reported, then it turns out staff are needed
for msgs, it, art, l, cu in [
    (["my tripod arrived with a broken clamp", "I sent the photos 6 days ago and nobody has answered"], "complaint", "damaged-parcels", "en", "u27037"),
    (["tracking says delivered but I have nothing", "I did all that. letterbox, neighbours, reception. it's been 7 days", "so what now"], "complaint", "delivery-problems", "en", "u27016"),
    (["my lens stopped focusing", "I filled in the warranty form 2 weeks ago, no reply, and I have a job on saturday"], "return_refund", "warranty", "en", None),
    (["I cancelled an order, when do I get the money?", "it's been 2 weeks and it's booked, not reserved"], "payment", "order-changes", "en", "u27012"),
    (["my gift card email never came", "resent it from My orders twice, not in spam either"], "payment", "gift-cards", "en", "u27021"),
    (["stigao mi je oštećen stativ", "poslao sam fotke prije tjedan dana, nitko se ne javlja"], "complaint", "damaged-parcels", "hr", "u27037"),
    (["piše da je isporučeno ali nema paketa", "sve sam to napravila, prošlo je 5 dana"], "complaint", "delivery-problems", "hr", None),
    (["il pacco è arrivato danneggiato", "ho mandato le foto una settimana fa e nessuno ha risposto"], "complaint", "damaged-parcels", "it", None),
    (["a doboz sérülten érkezett", "egy hete küldtem fotókat, azóta semmi"], "complaint", "damaged-parcels", "hu", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- change requests inside a conversation
for msgs, it, art, l, cu in [
    (["can I still cancel an order I placed this morning?", "ok then please cancel ZG-0041895"], "order_status", "order-changes", "en", "u27008"),
    (["where is my order ZG-0041873", "can you send it to my parents' address in Rijeka instead"], "order_status", "order-changes", "en", "u27001"),
    (["mogu li još promijeniti narudžbu?", "onda molim kod 41891 srebrni X-T50 umjesto crnog"], "order_status", "order-changes", "hr", "u27005"),
    (["ali lahko še spremenim naročilo?", "potem prosim spremenite naslov za ZG-0041884"], "order_status", "order-changes", "sl", "u27028"),
    (["si può ancora modificare l'ordine?", "allora per favore cambiate il Sigma dell'ordine ZG-0041893 con la versione Fuji X"], "order_status", "order-changes", "it", "u27035"),
    (["how do returns work", "ok, please just refund the tamron from ZG-0041880 to my card"], "return_refund", "returns", "en", "u27002"),
    (["how do I cancel a rental booking", "can you just do it for me, it's the R6 for friday, the site won't load"], "order_status", "rental", "en", None),
    (["can I exchange in the store?", "I'm in Ljubljana though. can you swap the Canon battery in ZG-0041824 for the Sony one by post?"], "return_refund", "returns", "en", "u27017"),
    (["Kann man eine Bestellung noch ändern?", "Dann bitte ZG-0041880 an meine Büroadresse schicken"], "order_status", "order-changes", "de", "u27002"),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- greeting first, then the ask; or asking again
for msgs, l in [
    (["hi", "can i speak to a person please"], "en"),
    (["human", "HUMAN", "hello?? a real person please"], "en"),
    (["agent", "i said agent"], "en"),
    (["bok", "ima li tamo netko živ s kim mogu razgovarati?"], "hr"),
    (["dober dan", "rad bi govoril z nekom iz trgovine"], "sl"),
    (["zdravo", "hoću da pričam sa čovekom"], "sr"),
    (["selam", "dajte mi nekoga iz servisa"], "bs"),
    (["jó napot", "ügyintézőt kérek"], "hu"),
    (["buonasera", "posso parlare con un operatore?"], "it"),
    (["Hallo", "Mitarbeiter bitte"], "de"),
]:
    c(msgs, True, "human_request", None, l=l)

# ---- more ways of asking for a person
for m, l in [
    ("cn i tlk to sum1 real", "en"),
    ("is there anyone who could look at this with me?", "en"),
    ("honestly I think this needs a human", "en"),
    ("Good afternoon. Would it be possible to speak with one of your staff? Kind regards, A. Horvat", "en"),
    ("ima li itko tamo?", "hr"),
    ("može poziv od vašeg tehničara? 098 765 4321", "hr"),
    ("prosim za povratni klic", "sl"),
    ("može li neko od zaposlenih da mi se javi?", "sr"),
    ("trebam nekoga iz radnje, hitno je", "bs"),
    ("szeretnék egy emberrel beszélni", "hu"),
    ("c'è qualcuno in carne e ossa?", "it"),
    ("Ich hätte gern einen Rückruf von der Werkstatt", "de"),
]:
    c(m, True, "human_request", None, l=l)

# ---- follow-ups the assistant answers itself (no hand-over)
for msgs, it, art, mm, l in [
    (["hi", "how much is shipping to slovenia?"], "shipping", "shipping", ["€6.99"], "en"),
    (["do you ship to serbia", "do i pay customs on top?"], "shipping", "customs-non-eu", ["import VAT"], "en"),
    (["how does renting work", "and what's the deposit on the a7 iv?"], "product_info", "rental", ["€800"], "en"),
    (["can i return a lens", "what about one I've already tried on a few shoots?"], "return_refund", "returns", ["only tested"], "en"),
    (["how much is sensor cleaning", "and if I bring it at 9, is it ready the same day?"], "product_info", "sensor-cleaning", ["11:00"], "en"),
    (["i want to talk to someone", "actually never mind, just tell me if the store is open saturday"], "other", "store", ["9:00–15:00"], "en"),
    (["human please", "no wait, forget it. what's the phone number, I'll call myself"], "other", "contact", [PH], "en"),
    (["is this chat a bot?", "ok, and when are people here?"], "other", "contact", ["8:00–20:00"], "en"),
    (["no I don't need a person", "just tell me how long a gift card is valid"], "payment", "gift-cards", ["2 years"], "en"),
    (["my tripod arrived broken", "should I keep the box?"], "complaint", "damaged-parcels", ["Do not throw away"], "en"),
    (["gls says delivered but I have nothing", "ok, should I wait or write to you now?"], "complaint", "delivery-problems", ["next working day"], "en"),
    (["what's the weather in zagreb", "ok never mind. when does the store close today?"], "other", "store", ["9:00–20:00"], "en"),
    (["do you develop film", "and how much for the big scans?"], "product_info", "film-lab", ["€10"], "en"),
    (["how do i clean my lens", "and what about dust on the sensor, can I do that myself?"], "product_info", "sensor-cleaning", ["hand blower"], "en"),
    (["I need to cancel my rental booking", "no no, not you, just tell me until when it's free to cancel"], "product_info", "rental", ["24 hours"], "en"),
    (["what's rental protect", "and does it cover theft?"], "product_info", "rental-damage", ["30%"], "en"),
    (["do you buy used lenses", "and can I get cash?"], "product_info", "trade-in", ["We do not pay cash"], "en"),
    (["do you sell used cameras", "do they have any warranty?"], "product_info", "used-gear", ["12 months"], "en"),
    (["bok", "koliko košta dostava po Hrvatskoj?"], "shipping", "shipping", ["3", "99"], "hr"),
    (["htio bih razgovarati s nekim", "a zapravo, samo mi recite broj telefona"], "other", "contact", [PH], "hr"),
    (["ne treba mi osoba", "samo mi recite koliko vrijedi poklon bon"], "payment", "gift-cards", ["2"], "hr"),
    (["živjo", "koliko stane čiščenje senzorja?"], "product_info", "sensor-cleaning", ["49"], "sl"),
    (["zdravo", "da li šaljete u Niš?"], "shipping", "shipping", ["19", "99"], "sr"),
    (["selam", "koliko se plaća PDV u BiH kad stigne paket?"], "shipping", "customs-non-eu", ["17"], "bs"),
    (["szia", "mennyi a szállítás Magyarországra?"], "shipping", "shipping", ["7", "99"], "hu"),
    (["buongiorno", "quanto costa noleggiare un 70-200 per il weekend?"], "product_info", "rental", ["55"], "it"),
    (["Servus", "Was kostet der Versand nach Wien?"], "shipping", "shipping", ["8", "99"], "de"),
    (["Ich will mit jemandem reden", "Ach, egal. Wie lange habt ihr am Samstag offen?"], "other", "store", ["15:00"], "de"),
    (["non mi serve un operatore", "mi dica solo quanto dura la garanzia sull'usato"], "return_refund", "warranty", ["12"], "it"),
    (["a csomagom sérülten jött", "meg kell tartanom a dobozt?"], "complaint", "damaged-parcels", [], "hu"),
]:
    c(msgs, False, it, art, mm, l=l)
# order follow-ups with the customer's own orders
for msgs, mm, l, cu in [
    (["hi, where's my camera order", "the number is ZG 41873"], ["62185539147"], "en", "u27001"),
    (["Hallo, mein Objektiv ist noch nicht da", "Bestellnummer ZG-0041880"], ["01505076493318"], "de", "u27002"),
    (["gde je moj paket?", "broj je 0041870"], ["4829162290"], "sr", "u27026"),
    (["hol a csomagom?", "ZG-0041855, állvány és kártya"], ["62185501673"], "hu", "u27007"),
    (["kje je moj paket?", "številka naročila je 41842"], ["62184420918"], "sl", "u27006"),
    (["dov'è il mio ordine?", "il numero è ZG-0041802"], ["01505076380233"], "it", "u27034"),
]:
    c(msgs, False, "order_status", None, mm, l=l, cu=cu)

# ---- longer conversations written out in full
c(["hi, I rented the 24-70 last weekend",
   "I returned it on Monday at 9:30, the guy checked it with me and said all fine",
   "but today I got an email saying you're keeping 120 from my deposit for a scratch on the front element. there was no scratch when I gave it back, he looked at it with me. I'm really not happy about this"],
  True, "payment", "rental-damage")
c("I've read through half your pages and I'm still unsure. My daughter starts a photography course in November, budget around 900, she wants to do some video too, and her grandfather gave her his old Canon EF 50mm. Could someone from the shop call me this week to go through the options? 091 234 8877",
  True, "human_request", "choosing-gear")
c("ok before you pass me on to anyone, I really don't need a person, I just want to know until what time the rental counter is open on saturday because I have to return a lens and I'm coming from Karlovac",
  False, "other", "store", ["9:00–14:00"])
c(["hey, thinking of getting into film", "ok and what film would you start with?",
   "and how much is it to develop and scan a colour roll with you?"], False, "product_info", "film-lab", ["€9", "€6"])
c(["Bok, imam jednu narudžbu u tijeku", "Ne, s njom je sve u redu, samo me zanima do kad radite subotom"],
  False, "other", "store", ["15:00"], l="hr")
c("Pozdrav, kupio sam kod vas prije mjesec dana Z50 II i jako sam zadovoljan, ali sad primjećujem tamne točkice na nebu na svakoj fotki, pogotovo kad zatvorim blendu. Nisam ništa dirao. Je li to senzor i što mi je najpametnije napraviti?",
  False, "product_info", "sensor-cleaning", ["12"], l="hr")
c("Szia! Jövő héten Zágrábba megyek, és szeretnék bérelni egy 70-200-as objektívet egy hétvégére egy esküvőre. Mennyi a kaució, és kell hozzá hitelkártya, vagy jó a sima bankkártya is?",
  False, "payment", "rental", ["700", "300"], l="hu")
c("Buongiorno, abito a Trieste e vorrei comprare una Sony A7 IV da voi. Ma se poi ha un problema in garanzia, devo venire a Zagabria o posso spedirla? E la spedizione è a mio carico?",
  False, "return_refund", "warranty", [], l="it")
c("Hallo, ich habe letzten Sommer bei euch ein gebrauchtes Objektiv gekauft und jetzt sehe ich so einen leichten Schleier drin, wenn ich mit der Taschenlampe reinleuchte. Die Bilder sehen noch okay aus. Ist das Pilz und fällt das unter eure Garantie?",
  False, "return_refund", "warranty", [], l="de")
c("my partner bought me the peak design backpack for my birthday but honestly I'd prefer the small sling and a tripod, it's unused and still in the packaging. can I do that somehow?",
  False, "return_refund", "returns", ["30 days"])
c(["Selam, kupila sam kod vas Canon R50 prije mjesec dana", "Sad bih htjela dokupiti objektiv za portrete, šta preporučujete i koliko košta?"],
  False, "product_info", None, ["229"], l="bs")
c(["I'm flying to Lisbon with my A7 IV and 4 batteries", "do they go in the checked bag or with me?", "and the 5 rolls of Portra I'm taking?"],
  False, "product_info", "camera-care", ["hand check"])
c(["Dobar dan, zanima me otkup", "Imam Nikon D750 i dva objektiva, sve radi", "Koliko bih otprilike dobio i mogu li odmah uzeti novi Z6 III?"],
  False, "product_info", "trade-in", ["40–60%"], l="hr")

# ---- many customers greet before they ask: every 7th single-turn question
# gets an opening line in its own language (the judged turn is unchanged)
OPENERS = {
    "en": ["hi", "hello", "hey", "good morning", "hi there", "hello, quick question",
           "hiya", "evening!", "hi, hope you can help"],
    "hr": ["bok", "dobar dan", "pozdrav", "poštovanje"],
    "sl": ["živjo", "dober dan", "pozdravljeni"],
    "sr": ["zdravo", "dobar dan", "pozdrav"],
    "bs": ["selam", "dobar dan", "merhaba"],
    "hu": ["jó napot", "szia", "üdv"],
    "it": ["buongiorno", "ciao", "salve"],
    "de": ["Hallo", "Guten Tag", "Servus", "Hallo, kurze Frage"],
}
GREETS = re.compile(r"(hi|hello|hey|hiya|good (morning|afternoon|evening)|bok|dobar dan|dober dan|pozdrav|"
                    r"poštovanje|živjo|zdravo|selam|merhaba|jó napot|szia|üdv|buongiorno|buonasera|ciao|salve|"
                    r"hallo|guten tag|servus)\b", re.I)

# ================================================================ output
# "ZG-0041873", "zg0041873", "ZG 41873", "#ZG-0041873"
ORDER_REF = re.compile(r"(?i)\bzg[\s#-]*(\d{5,7})(?!\d)")
# a bare counter ("0041873", "narudžba 41873"); every counter is 0041xxx
BARE_REF = re.compile(r"(?<![\d.,])(?:00)?(41\d{3})(?![\d.,])")
# order numbers that are meant not to exist
UNKNOWN_ORDERS = {"41999"}

def order_refs(m):
    # "ZG-0041873" and "ZG 41873" are the same order: drop the leading zeros
    full, bare = casekit.scan(m, ORDER_REF, BARE_REF)
    return ([casekit.Ref(mo.group(0), str(int(mo.group(1))), None) for mo in full]
            + [casekit.Ref(mo.group(0), mo.group(1), None) for mo in bare])

def order_customer(o):
    # every order belongs to a named customer (u27001 ... u27100)
    cu = o["customerId"]
    if not re.fullmatch(r"u27\d{3}", cu) or int(cu[3:]) > 100:
        return ["order %s: customer id %s" % (o["orderId"], cu)]
    return []

def main():
    shop.add_openers(OPENERS, GREETS)
    shop.write()
    shop.check(order_id=r"ZG-0041\d{3}", shape="ZG-0041873", counter=lambda oid: oid[5:],
               refs=order_refs, unknown=UNKNOWN_ORDERS,
               named=lambda cu: int(cu[3:]) <= 100, customer_id=r"u27\d{3}", currency={"EUR"},
               order_extra=order_customer)

if __name__ == "__main__":
    main()
