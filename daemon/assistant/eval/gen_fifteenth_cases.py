#!/usr/bin/env python3
"""Generate fifteenth-cases.jsonl: tuning cases for the fifteenth shop,
Dom & Drewno (online furniture and home-decor shop, showroom at
ul. Stabłowicka 147, Wrocław; delivers to Poland, Czechia, Slovakia,
Germany, Austria and Lithuania, other EU countries on request).
KB: fifteenth-kb/.  Run: python3 gen_fifteenth_cases.py
The script writes the cases, then checks them against the KB and prints
the figures (cases, escalation share, other-language share, multi-turn share).

Order numbers look like DD-2025-04817 (DD, the year, a 5-digit counter).
Customers paste them in many ways (lower case, spaces, "#", no dashes).
Years (2025), sizes (160×200, 45×45), floors, weights, prices and product
names with digits ("Bed Karkonosze 160", "Wardrobe Lipa 2D", "Bar stool
Hala 65") are not order numbers.

LABELLING RULES

Escalation (expect.escalate)
 E1  true for an explicit request for a person in any wording or language
     ("konsultant", "człowiek", "Mitarbeiter", "operátor", "оператор"),
     a callback, a named colleague, a designer or account manager who
     should call, also right after an answered question.
 E2  true for a request to cancel, refund or change an existing order:
     cancel, change the address, add or remove items, change a colour or
     a made-to-order fabric, add assembly / carrying upstairs / take-back
     to an order, move a delivery the customer cannot move with the link,
     "please collect my sofa, I want to return it", a 100-night trial
     return the customer asks us to arrange, "I want my money back".
 E3  true for things only staff can do: a double charge still booked
     after 5 working days, a charge after cancelling, a refund missing for
     weeks, a replacement part that also arrived broken, a parcel marked
     delivered that the customer already looked for, drivers who did not
     come at all, a paid take-back the drivers refused, a wrong item not
     exchanged after a report, a damage or warranty claim nobody answered
     (or rejected and disputed), an order the customer did not place, a
     deletion that did not happen, a locked-out account after the reset
     steps, a vanished gift-card balance, a wrong invoice after a
     correction, a B2B account that shows no trade prices, a delivery that
     must arrive by a date, an injury or a safety problem (smoke, a
     falling bookcase, a broken slat that hurt someone), allergic
     reactions, damage done by our drivers or fitters, legal threats,
     complaints about staff, press and partnership requests.
 E4  true when the customer is stuck or frustrated across several turns
     ("that's not what I asked", "kręcimy się w kółko", the same question
     a third time), even without asking for a person.
 E5  false for questions about a policy even with "cancel", "refund",
     "return", "person", "konsultant", "call" in them: the phone number,
     e-mail addresses, chat hours, showroom hours, how cancelling or
     returning works, "no I don't need a person, just ...".  A first
     report of damage on arrival, a missing screw, a wrong colour, a late
     parcel, a parcel marked delivered or a first warranty problem gets
     the steps of the page (false).

Intent (expect.intent)
     order_status: a named order (where, status, tracking, when it ships
       or arrives), cancelling or changing an order (also adding assembly,
       carrying upstairs or take-back to it, moving its delivery) and the
       policy questions about cancelling and changing.
     return_refund: returns, refunds, the 100-night mattress trial,
       warranty and defects, whether made-to-order items can be returned,
       money back, a missing refund.
     shipping: delivery in Poland and abroad, prices, times, carriers,
       parcel lockers, two-person delivery, time slots, carrying upstairs,
       collection from the showroom or warehouse, taking away old
       furniture, a late parcel or a missing booking link without a
       problem to fix.
     product_info: products (price, stock, sizes, materials), availability
       labels and dispatch times, made-to-order production, fabric
       samples and fabrics, mattress sizes and firmness, care and
       cleaning, the assembly service, trade (B2B) terms.
     payment: payment methods, BLIK, instalments, PayPo, bank transfer,
       double charges, charges after cancelling, unknown charges, invoices
       (faktura, NIP, corrections), gift cards, discount codes and sales.
     account: login, password, details, newsletter, privacy and deletion
       (RODO), an order the customer did not place, a B2B account problem.
     complaint: something went wrong (damaged, missing part, wrong item,
       delivered-not-received, drivers who did not come, injury or
       safety, staff, legal threat, frustration) when the turn does not
       ask for a person.
     human_request: the judged turn only asks for a person / callback
       (also press or partnership contact).  When it also states a
       concrete problem or request, that intent is used.
     other: contact details, chat and phone hours, showroom address and
       opening hours, things outside the shop.  greeting / thanks /
       goodbye for small talk.

Article (expect.article)
     The page that answers the judged turn.  Product facts and order facts
     come from the data (article null); an order whose timing a page
     explains (made to order, ships in 2-3 weeks, unpaid transfer) keeps
     that page.  The most specific page wins: returning a custom-fabric
     sofa -> made-to-order, a mattress trial -> mattress-trial, carrying
     upstairs or time slots -> wniesienie, deliveries abroad (also their
     carrying upstairs) -> international-delivery.  A hand-over keeps the
     page that governs the matter raised in the conversation; it is null
     when only a person is asked for or no page governs (unknown charge,
     order not placed, staff, legal, injury not caused by a defect).

mustMention: short exact strings from the governing page (or the data when
the article is null); non-English turns use only numbers, prices, e-mail
addresses, web addresses, phone numbers, account and tracking numbers and
the firmness codes H2/H3/H4.
Hand-overs carry none.
mustNotMention: other customers' data and facts the reply must not invent.
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import casekit  # the shared case helper, writer and self-check

shop = casekit.Shop("fifteenth", "t15", anon=5000,
                    langs={"pl", "de", "cs", "sk", "lt", "uk", "ru", "hu", "fr", "it", "nl"})
c = shop.c

PH = "+48 71 307 42 60"

# ---------------------------------------------------------------- small talk
for m, it, l in [
    ("hi", "greeting", "en"), ("hey 👋", "greeting", "en"), ("hiya, anyone there?", "greeting", "en"),
    ("dzień dobry", "greeting", "pl"), ("cześć", "greeting", "pl"),
    ("witam", "greeting", "pl"), ("grüß gott", "greeting", "de"),
    ("dobrý den", "greeting", "cs"), ("dobrý deň", "greeting", "sk"), ("labas", "greeting", "lt"),
    ("добрий день", "greeting", "uk"), ("здравствуйте", "greeting", "ru"),
    ("thank u so much, that helps", "thanks", "en"), ("ok great thx", "thanks", "en"),
    ("dziękuję bardzo", "thanks", "pl"), ("dzieki za pomoc :)", "thanks", "pl"), ("vielen dank!", "thanks", "de"),
    ("děkuji moc", "thanks", "cs"), ("ďakujem pekne", "thanks", "sk"), ("ačiū labai", "thanks", "lt"), ("дякую!", "thanks", "uk"),
    ("bye", "goodbye", "en"), ("ok that's all, bye!", "goodbye", "en"),
    ("do widzenia, miłego dnia", "goodbye", "pl"), ("tschüss", "goodbye", "de"),
    ("na shledanou", "goodbye", "cs"), ("viso gero", "goodbye", "lt"), ("до побачення", "goodbye", "uk"),
]:
    c(m, False, it, None, l=l)

# ------------------------------------------------- contact and chat hours
for m, mm, l in [
    ("what's your phone number?", [PH], "en"),
    ("do you have a customer service number i can call", [PH], "en"),
    ("what email do i write to?", ["pomoc@domidrewno.pl"], "en"),
    ("whats the email for complaints", ["reklamacje@domidrewno.pl"], "en"),
    ("is this chat answered by real people or is it just a bot", ["8:00", "20:00"], "en"),
    ("what hours is the chat staffed on saturday", ["9:00", "15:00"], "en"),
    ("can i ring you on a saturday?", ["14:00"], "en"),
    ("do you speak english on the phone? my polish is terrible", ["English"], "en"),
    ("can you call me back instead? how does that work", ["domidrewno.pl/oddzwonimy"], "en"),
    ("how long do you take to answer emails", ["1 working day"], "en"),
    ("no I don't need a person, just tell me until when the phone line works on friday", ["18:00"], "en"),
    ("I don't want to chat with anyone, what's the email for press enquiries", ["media@domidrewno.pl"], "en"),
    ("what's your company registration number (KRS)? need it for a form", ["0000418275"], "en"),
    ("jaki jest numer telefonu do was?", [PH], "pl"),
    ("w jakich godzinach działa czat z konsultantem", ["8:00", "20:00"], "pl"),
    ("czy w sobote mozna do was dzwonic", ["14:00"], "pl"),
    ("nie potrzebuję konsultanta, podajcie tylko maila", ["pomoc@domidrewno.pl"], "pl"),
    ("wie ist ihre telefonnummer?", [PH], "de"),
    ("spricht bei euch jemand deutsch am telefon?", [], "de"),
    ("jaké je vaše telefonní číslo?", [PH], "cs"),
    ("aký máte email na zákaznícku podporu?", ["pomoc@domidrewno.pl"], "sk"),
    ("koks jūsų telefono numeris?", [PH], "lt"),
    ("ar galiu rašyti lietuviškai?", [], "lt"),
    ("який у вас номер телефону?", [PH], "uk"),
]:
    c(m, False, "other", "kontakt", mm, l=l)

# ---------------------------------------------------------------- showroom
for m, mm, l in [
    ("where is your showroom?", ["Stabłowicka 147"], "en"),
    ("what time does the showroom close on saturday", ["16:00"], "en"),
    ("is the showroom open on sunday", ["trading Sundays"], "en"),
    ("can i try the mattresses in the showroom before buying?", ["Sen mattresses"], "en"),
    ("do you offer help with planning a living room? like a designer", ["45"], "en"),
    ("gdzie jest wasz salon?", ["147"], "pl"),
    ("do której otwarty salon w sobotę?", ["16:00"], "pl"),
    ("wo ist ihr ausstellungsraum und wann ist er offen?", ["147"], "de"),
    ("де знаходиться ваш салон у Вроцлаві?", ["147"], "uk"),
]:
    c(m, False, "other", "showroom", mm, l=l)

# ---------------------------------------------------------- outside the shop
for m, l in [
    ("whats the weather in wroclaw tomorrow", "en"),
    ("can you recommend a good plumber in wrocław", "en"),
    ("write me a short poem about a chair lol", "en"),
    ("jaka jutro pogoda we wrocławiu?", "pl"),
    ("kto wygrał wczoraj mecz śląska?", "pl"),
    ("wie wird das wetter am wochenende in berlin?", "de"),
    ("яка погода завтра у Львові?", "uk"),
]:
    c(m, False, "other", None, l=l)

# ------------------------------------------------------- delivery in Poland
for m, mm, l in [
    ("how much does delivery to a paczkomat cost", ["14"], "en"),
    ("is delivery free? my basket is 350 zł, cushions and a lamp", ["299"], "en"),
    ("how much to deliver a sofa to krakow", ["149"], "en"),
    ("can i get a bed delivered to a parcel locker? i'm never home", ["parcel locker"], "en"),
    ("i ordered a lamp and a wardrobe, will they come together or separately", ["no extra cost"], "en"),
    ("do you deliver to wolin island, how long for a wardrobe", ["2 extra working days"], "en"),
    ("i live in gdansk, if i order the bolko armchair today when roughly will it come", ["1–3 working days"], "en"),
    ("can I pick up my order myself at your warehouse to save on delivery? I have a van", ["Bielany Wrocławskie"], "en"),
    ("ile kosztuje dostawa do paczkomatu?", ["14"], "pl"),
    ("od jakiej kwoty darmowa dostawa", ["299"], "pl"),
    ("ile za dostawe sofy do warszawy", ["149"], "pl"),
    ("czy moge zamowic lozko do paczkomatu", [], "pl"),
    ("скільки коштує доставка дивана по Польщі?", ["149"], "uk"),
    ("сколько стоит доставка в пачкомат?", ["14"], "ru"),
]:
    art = "showroom" if "warehouse" in m else "dostawa"
    c(m, False, "shipping", art, mm, l=l)

# ------------------------------- two-person delivery, slots, carrying upstairs
for m, mm, l in [
    ("how does the two-person delivery work, do I get to choose a time?", ["2-hour"], "en"),
    ("can you deliver on a saturday? we both work", ["99"], "en"),
    ("do the drivers carry the sofa up to the 4th floor? there's no lift in our building", ["30 zł per floor"], "en"),
    ("how much to carry a corner sofa to the 3rd floor without elevator", ["50 zł per floor"], "en"),
    ("what happens if i'm not home when they come", ["149"], "en"),
    ("the sofa wont fit through my door, can the drivers bring it in through the balcony?", ["balcon"], "en"),
    ("forgot to book carrying upstairs, can I just pay the drivers on the spot?", ["card or BLIK"], "en"),
    ("Hi, so we're moving into a new flat in Poznań at the end of the month and I'm about to order the Karkonosze bed and the Lipa wardrobe, the building is old, 3rd floor, narrow staircase, no lift, and I wanted to know how this works with your delivery guys, do they take everything up and also take the boxes away after, because we have nowhere to put them", ["30 zł per floor"], "en"),
    ("ile kosztuje wniesienie na 3 piętro bez windy?", ["30"], "pl"),
    ("dostawa w sobotę jest możliwa? mieszkam w poznaniu", ["99"], "pl"),
    ("narozniek na 4 pietro bez windy ile to bedzie", ["50"], "pl"),
    ("чи заносять меблі на поверх? у нас немає ліфта", ["30"], "uk"),
]:
    c(m, False, "shipping", "wniesienie", mm, l=l)

# --------------------------------------------------- delivery to other countries
for m, mm, l in [
    ("how much is shipping a sofa to berlin", ["119"], "en"),
    ("delivery to vienna for a bed, how much", ["139"], "en"),
    ("do you deliver to prague? a chest of drawers", ["89"], "en"),
    ("how long does delivery to lithuania take for large furniture", ["8–14 working days"], "en"),
    ("do you deliver to latvia? riga", ["export@domidrewno.pl"], "en"),
    ("can you ship to lviv, ukraine? my parents live there", ["Ukraine"], "en"),
    ("is there free shipping to austria", ["150"], "en"),
    ("can i get a saturday delivery in germany", ["no Saturday"], "en"),
    ("can the raben guys carry the wardrobe to the 2nd floor? munich, no lift", ["€10 per floor"], "en"),
    ("liefern sie nach deutschland? was kostet ein sofa", ["119"], "de"),
    ("gibt es kostenlosen versand nach österreich?", ["150"], "de"),
    ("doručujete do české republiky? kolik stojí doprava pohovky", ["89"], "cs"),
    ("posielate na slovensko? koľko stojí doprava postele do košíc", ["99"], "sk"),
    ("ar pristatote į lietuvą? kiek kainuoja sofos pristatymas į kauną", ["119"], "lt"),
    ("szállítotok magyarországra?", ["export@domidrewno.pl"], "hu"),
    ("leveren jullie ook in nederland?", ["export@domidrewno.pl"], "nl"),
]:
    c(m, False, "shipping", "international-delivery", mm, l=l)

# ------------------------------------------------------ old furniture take-back
for m, mm, l in [
    ("can you take my old sofa away when you deliver the new one?", ["99"], "en"),
    ("do you take the old mattress if i buy a sen kieszen", ["free of charge"], "en"),
    ("will your guys dismantle my old wardrobe before taking it", ["dismantle"], "en"),
    ("can you just collect my old sofa without me buying anything", ["bulky"], "en"),
    ("czy zabieracie stare meble?", ["99"], "pl"),
    ("ile kosztuje wywóz starej kanapy z 2 piętra bez windy?", ["99"], "pl"),
    ("чи можете забрати старий диван?", ["99"], "uk"),
]:
    c(m, False, "shipping", "old-furniture", mm, l=l)

# ---------------------------------------------- late or missing, first report
for m, it, mm, l in [
    ("my parcel hasn't moved in tracking for 2 days", "shipping", ["3 working days"], "en"),
    ("nobody contacted me to book the delivery of my bed, it shipped on monday", "shipping", ["spam"], "en"),
    ("the drivers are late, my slot was 10-12 and it's 12:20 now", "shipping", ["1 hour"], "en"),
    ("dpd says delivered but there's nothing at my door", "complaint", ["2 days"], "en"),
    ("I ordered sage cushion covers and got grey ones", "complaint", ["14 days"], "en"),
    ("paczka nie dotarła, w śledzeniu od wczoraj nic się nie zmienia", "shipping", [], "pl"),
    ("kurier twierdzi że doręczył a paczki nie ma", "complaint", ["2"], "pl"),
    ("laut sendungsverfolgung zugestellt, aber nichts da", "complaint", [], "de"),
]:
    c(m, False, it, "delivery-problems", mm, l=l)

# ---------------------------------------------------------------- assembly
for m, mm, l in [
    ("how much to assemble a bed", ["149"], "en"),
    ("assembly price for the wardrobe with sliding doors?", ["299"], "en"),
    ("can your guys hang my pendant lamp while they're here? ceiling", ["electrician"], "en"),
    ("can the assembly be on a different day than the delivery", ["99"], "en"),
    ("do they fix the tall bookcase to the wall? i have a toddler", ["against tipping"], "en"),
        ("ile kosztuje montaż szafy?", ["199"], "pl"),
    ("czy podłączycie lampę sufitową?", [], "pl"),
    ("скільки коштує збирання ліжка?", ["149"], "uk"),
]:
    c(m, False, "product_info", "montaz", mm, l=l)

# ------------------------------------------------------------------ returns
for m, mm, l in [
    ("what's your return policy?", ["30 days"], "en"),
    ("can I return a sofa? how much does that cost me", ["149"], "en"),
    ("I assembled the bed already, can I still return it?", ["signs of use"], "en"),
    ("i threw away the box, can i still send the table back", ["original packaging"], "en"),
    ("how do I return something", ["domidrewno.pl/zwrot"], "en"),
    ("when do i get my money back after returning", ["14 days"], "en"),
    ("can i return a duvet i opened? its too warm", ["hygienic packaging"], "en"),
    ("returning a wardrobe from austria, what does the collection cost", ["99"], "en"),
    ("hi. not asking for a refund yet, just want to know how returns work for big stuff like a bed", ["two-person team"], "en"),
    ("ile mam dni na zwrot?", ["30"], "pl"),
    ("ile kosztuje odbior sofy przy zwrocie", ["149"], "pl"),
    ("was kostet die rücksendung aus deutschland für eine lampe", ["15"], "de"),
    ("koľko stojí vrátenie pohovky zo slovenska?", ["99"], "sk"),
    ("скільки днів на повернення товару?", ["30"], "uk"),
]:
    c(m, False, "return_refund", "zwroty", mm, l=l)

# ------------------------------------------------------------ made to order
for m, it, mm, l in [
    ("how long does a sofa in my own fabric take", "product_info", ["6–8 weeks"], "en"),
    ("can i return a sofa I ordered in a custom fabric?", "return_refund", ["cannot be returned"], "en"),
    ("do i have to pay the whole thing upfront for made to order", "product_info", ["30% deposit"], "en"),
    ("if I buy the odra sofa in one of the stock colours can I still return it", "return_refund", ["30 days"], "en"),
    ("ordered a custom sofa last night - how long do I have to change the colour? just asking", "order_status", ["24 hours"], "en"),
    ("czy mebel na zamówienie można zwrócić?", "return_refund", [], "pl"),
    ("ile wynosi zaliczka przy sofie na zamówienie", "product_info", ["30"], "pl"),
    ("kann ich ein sofa in wunschstoff zurückgeben?", "return_refund", [], "de"),
]:
    c(m, False, it, "made-to-order", mm, l=l)

# ------------------------------------------------ damaged on arrival, first report
for m, mm, l, cu in [
    ("my sofa arrived with a tear in the fabric, what do i do", ["48 hours"], "en", None),
    ("the box was crushed when the courier brought it, should i even accept it?", ["damage report"], "en", None),
    ("do I have to send the broken mirror back myself?", ["collect it free of charge"], "en", None),
    ("where do i send pics of the damaged wardrobe door", ["reklamacje@domidrewno.pl"], "en", None),
    ("a screw is missing from the bed, cant finish assembling it", ["part number"], "en", None),
    ("found a crack inside a drawer 2 weeks after delivery, does that still count as transport damage?", ["warranty claim"], "en", None),
    ("the dining table DD-2025-04832 arrived and theres a dent in the top, just saw it unpacking", ["48 hours"], "en", "u1532"),
    ("the mirror from my last order is cracked in the corner. could i keep it with a discount?", ["discount"], "en", "u1542"),
    ("sofa przyszła uszkodzona, co mam zrobić?", ["48"], "pl", None),
    ("brakuje śrubek do łóżka", [], "pl", None),
    ("der spiegel ist kaputt angekommen", ["48"], "de", None),
    ("baldas atvyko sugadintas, ką daryti?", ["48"], "lt", None),
    ("диван приїхав пошкоджений, що робити?", ["48"], "uk", None),
]:
    c(m, False, "complaint", "damaged-delivery", mm, l=l, cu=cu)

# ---------------------------------------------------------------- warranty
for m, mm, l, cu in [
    ("how long is the warranty on a sofa?", ["5 years"], "en", None),
    ("the fabric on my sofa is pilling after 3 months, is that covered", ["pilling"], "en", None),
    ("my mattress has a dip on my side, when does that count as a defect", ["2.5 cm"], "en", None),
    ("how do i make a warranty claim", ["domidrewno.pl/reklamacja"], "en", None),
    ("the frame of my odra sofa creaks every time i sit down, bought it in june", ["5 years"], "en", "u1521"),
    ("does the warranty work if i live in austria", ["send parts"], "en", None),
    ("jaka jest gwarancja na stelaż sofy?", ["5"], "pl", None),
    ("wie lange ist die garantie auf das bett?", ["5"], "de", None),
    ("яка гарантія на каркас дивана?", ["5"], "uk", None),
]:
    c(m, False, "return_refund", "gwarancja", mm, l=l, cu=cu)

# ------------------------------------------------------- 100-night trial
for m, mm, l, cu in [
    ("how does the 100 night trial work", ["30 nights"], "en", None),
    ("who pays to send the mattress back under the trial", ["free of charge"], "en", None),
    ("can i swap the H3 for a softer one during the trial", ["once"], "en", None),
    ("i'm in germany, does the trial apply to me?", ["49"], "en", None),
    ("there's a small coffee stain on it, can i still return it under the trial?", ["stained mattress"], "en", None),
    ("does the trial work for 3 mattresses in one order? kids rooms", ["2 mattresses"], "en", None),
    ("my sen hybryda came in august, am I still inside the 100 nights? just asking", ["night 100"], "en", "u1516"),
    ("jak działa 100 nocy testowania materaca?", ["30"], "pl", None),
    ("kann ich die matratze 100 nächte testen?", ["30"], "de", None),
]:
    c(m, False, "return_refund", "mattress-trial", mm, l=l, cu=cu)

# ------------------------------------------------------------ fabric samples
for m, mm, l in [
    ("can i get fabric samples?", ["6 samples"], "en"),
    ("which fabric is best with a dog that jumps on everything", ["Odra Pet"], "en"),
    ("is boucle ok with cats?", ["claws"], "en"),
    ("czy próbki tkanin są darmowe?", ["6"], "pl"),
    ("posíláte vzorky látek do česka?", ["5"], "cs"),
    ("скільки коштують зразки тканин?", ["6"], "uk"),
]:
    c(m, False, "product_info", "fabric-samples", mm, l=l)

# ------------------------------------------------------------------- payment
for m, mm, l in [
    ("what payment methods do you take?", ["BLIK"], "en"),
    ("do you do instalments? want the corner sofa but not all at once", ["0%"], "en"),
    ("minimum order for the 0% raty?", ["500"], "en"),
    ("can i pay later, like in 30 days", ["PayPo"], "en"),
    ("can i pay by bank transfer, what's the account number", ["PL61 1090 1522 0000 0001 4823 7711"], "en"),
    ("i'm in austria, can i pay with blik?", ["PayPal"], "en"),
    ("blik code expired so I paid again and now I see two payments?", ["5 working days"], "en"),
    ("can I get instalments if i live in czechia", ["residents of Poland"], "en"),
    ("czy mogę zapłacić blikiem?", [], "pl"),
    ("jaki numer konta do przelewu", ["PL61 1090 1522 0000 0001 4823 7711"], "pl"),
    ("platnosc przy odbiorze jest?", ["9"], "pl"),
    ("zapłaciłam dwa razy blikiem bo pierwszy kod wygasł, co teraz", ["5"], "pl"),
    ("dá sa u vás platiť na splátky?", [], "sk"),
    ("ar galima mokėti banko pavedimu? kokia sąskaita", ["PL35 1090 1522 0000 0001 4823 7799"], "lt"),
]:
    c(m, False, "payment", "platnosci", mm, l=l)

# ------------------------------------------------------------------ invoices
for m, mm, l in [
    ("i need a VAT invoice for my company, how?", ["NIP"], "en"),
    ("where do i find my invoice", ["My orders"], "en"),
    ("I forgot to put my NIP when ordering, can you turn the receipt into a company invoice?", ["afterwards"], "en"),
    ("my name is misspelled on the invoice", ["faktury@domidrewno.pl"], "en"),
    ("i'm a german company with a VAT ID, do I pay polish vat?", ["VIES"], "en"),
    ("potrzebuję faktury na firmę", [], "pl"),
    ("zapomniałem wpisać NIP, da się jeszcze wystawić fakturę na firmę?", [], "pl"),
    ("mam zły adres na fakturze, jak poprawić", ["faktury@domidrewno.pl"], "pl"),
    ("чи можна отримати фактуру на фізичну особу?", ["3"], "uk"),
]:
    c(m, False, "payment", "faktura", mm, l=l)

# ------------------------------------------------- order changes, the policy
for m, mm, l in [
    ("how do I cancel an order? (not yet, just asking)", ["pending"], "en"),
    ("until when can I change my delivery address", ["dispatched"], "en"),
    ("can I cancel after it was shipped?", ["30 days"], "en"),
    ("jak anulować zamówienie?", [], "pl"),
    ("do kiedy mogę zmienić adres dostawy?", [], "pl"),
    ("bis wann kann ich stornieren?", [], "de"),
    ("як скасувати замовлення?", [], "uk"),
]:
    c(m, False, "order_status", "order-changes", mm, l=l)

# ------------------------------------------------------------------- account
for m, mm, l in [
    ("forgot my password", ["Forgot your password?"], "en"),
    ("reset link not working, it's from 2 days ago", ["24 hours"], "en"),
    ("account locked after too many tries, what now", ["15 minutes"], "en"),
    ("how do i change the email on my account", ["My details"], "en"),
    ("i ordered as a guest, can i see that order if i make an account now?", ["same e-mail address"], "en"),
    ("zapomniałem hasła", [], "pl"),
    ("passwort vergessen", [], "de"),
    ("zapomněl jsem heslo", [], "cs"),
]:
    c(m, False, "account", "account", mm, l=l)

# ------------------------------------------------------------------- privacy
for m, mm, l in [
    ("how do i delete my account", ["Delete account"], "en"),
    ("GDPR request: i want a copy of all the data you hold on me. where do i send it", ["rodo@domidrewno.pl"], "en"),
    ("why do you keep my invoices after i delete the account", ["5 years"], "en"),
    ("jak usunąć konto?", [], "pl"),
    ("chcę wiedzieć jakie dane o mnie macie (RODO)", ["rodo@domidrewno.pl"], "pl"),
    ("wie lösche ich mein konto? DSGVO", [], "de"),
]:
    c(m, False, "account", "rodo", mm, l=l)

# ---------------------------------------------------------------- gift cards
for m, mm, l in [
    ("do you sell gift cards", ["50 zł"], "en"),
    ("how long is a gift card valid", ["12 months"], "en"),
    ("how do i check my gift card balance", ["domidrewno.pl/karta-podarunkowa"], "en"),
    ("can i use a gift card on a delivery to germany? i pay in euros there", ["złoty"], "en"),
    ("ile ważna jest karta podarunkowa?", ["12"], "pl"),
    ("чи є подарункові сертифікати?", ["50"], "uk"),
]:
    c(m, False, "payment", "gift-cards", mm, l=l)

# ------------------------------------------------------ discount codes, sales
for m, mm, l in [
    ("do you have a discount code for a first order?", ["10%"], "en"),
    ("my code doesn't work on the sofa in the sale", ["already reduced"], "en"),
    ("can i use two codes on one order", ["one code"], "en"),
    ("price dropped the day after i ordered, do you refund the difference?", ["difference"], "en"),
    ("can I return an outlet item", ["30 days"], "en"),
    ("macie jakiś kod rabatowy?", ["10%"], "pl"),
    ("czy produkty z outletu mają gwarancję?", [], "pl"),
]:
    c(m, False, "payment", "discount-codes", mm, l=l)

# ---------------------------------------------------------------------- care
for m, mm, l, art in [
    ("how do i look after an oiled oak table", ["6–12 months"], "en", "pielegnacja"),
    ("white ring on my oak table from a glass, how do i get rid of it", ["240"], "en", "pielegnacja"),
    ("a small crack appeared in the table top now that the heating is on, should i worry?", ["spring"], "en", "pielegnacja"),
    ("how do i get red wine out of the velvet sofa", ["water"], "en", "fabric-care"),
    ("can i wash the linen sofa covers in the machine", ["30"], "en", "fabric-care"),
    ("the wool rug is shedding like crazy, is that normal??", ["3 months"], "en", "fabric-care"),
    ("czym olejować stół dębowy i jak często", ["12"], "pl", "pielegnacja"),
    ("wie pflege ich einen geölten eichentisch?", ["12"], "de", "pielegnacja"),
    ("як прати льняну постіль?", ["40"], "uk", "fabric-care"),
]:
    c(m, False, "product_info", art, mm, l=l)

# --------------------------------------------------------------------- B2B
for m, mm, l in [
    ("i'm an interior designer, do you have a trade discount?", ["10%"], "en"),
    ("we're furnishing a 40-room hotel, do you have contract furniture with fire rated fabric", ["EN 1021"], "en"),
    ("how do i open a B2B account", ["domidrewno.pl/b2b"], "en"),
    ("can our company pay on invoice, 14 days?", ["14 days"], "en"),
    ("jestem architektem wnętrz, macie rabaty dla projektantów?", ["10%"], "pl"),
    ("jsme architektonické studio, máte slevy pro firmy?", ["10"], "cs"),
]:
    c(m, False, "product_info", "b2b", mm, l=l)

# -------------------------------------------------- availability labels
for m, mm, l in [
    ("what does 'ships in 2-3 weeks' mean exactly", ["workshop"], "en"),
    ("it says in stock, when will it leave?", ["1–3 working days"], "en"),
    ("I want a lamp that's in stock and a table that ships in 3 weeks, can the lamp come first?", ["Ship separately"], "en"),
    ("what if the workshop is late with my order, can i cancel", ["2 weeks"], "en"),
    ("co znaczy wysyłka w 2-3 tygodnie?", [], "pl"),
]:
    c(m, False, "product_info", "availability", mm, l=l)

# -------------------------------------------- mattress sizes and firmness
for m, mm, l in [
    ("which firmness for 85 kg, i sleep on my back", ["H3"], "en"),
    ("I sleep on my stomach and weigh 105 kg", ["H4"], "en"),
    ("my wife wants soft, i want firm, what do we do with one bed", ["two single mattresses"], "en"),
    ("the rolled mattress is still kinda flat after 1 day", ["72 hours"], "en"),
    ("jaka twardość materaca dla 90 kg?", ["H3"], "pl"),
    ("welche matratzengröße passt ins bett karkonosze 180?", ["180"], "de"),
]:
    c(m, False, "product_info", "mattress-sizes", mm, l=l)

# ------------------------------------------------- products (data answers)
for m, mm, l in [
    ("how wide is the odra 3 seater sofa", ["214"], "en"),
    ("price of the zamek chair?", ["549"], "en"),
    ("is the right-hand Ślęża corner sofa in stock?", ["2–3 weeks"], "en"),
    ("does the solna lamp come with a bulb?", ["not included"], "en"),
    ("sen kieszeń 160 - how tall is it and is it springs or foam", ["24 cm"], "en"),
    ("bar stool height? our kitchen island is 90 cm", ["65 cm"], "en"),
    ("how many people fit at the rynek table when its extended", ["10"], "en"),
    ("how heavy is the corner sofa? 4th floor no lift lol", ["118 kg"], "en"),
    ("do the velvet cushion covers come with the insert", ["not included"], "en"),
    ("is the jute rug ok for a bathroom", ["damp"], "en"),
    ("ile kosztuje krzesło zamek?", ["549"], "pl"),
    ("ile kosztuje olej do drewna?", ["79"], "pl"),
    ("wie viel kostet die stehlampe plac?", ["589"], "de"),
    ("jakou výšku sedáku má barová židle hala?", ["65"], "cs"),
    ("kiek kainuoja kėdė zamek?", ["549"], "lt"),
]:
    c(m, False, "product_info", None, mm, l=l)
c("do you sell pillows? like the insert, not the cover", False, "product_info", None)
c("czy macie lampy wiszące z rattanu?", False, "product_info", None, ["329"], l="pl")

# ------------------------------------------------------- order status (data)
for m, mm, mnm, l, cu in [
    ("where is my sofa? order DD-2025-04817", ["DDT4821573"], [], "en", "u1501"),
    ("zamówienie DD 2025 04817 - kiedy dostawa?", ["DDT4821573"], [], "pl", "u1501"),
    ("did my bedding order in september arrive? the linen set", ["delivered"], [], "en", "u1501"),
    ("wo ist meine bestellung DD-2025-04702?", ["01905002345678"], [], "de", "u1510"),
    ("trackingnummer bitte, für die lampe und den teppich", ["01905002345678"], [], "de", "u1510"),
    ("kde je moje objednávka DD-2025-04688?", ["RB2511087412"], [], "cs", "u1511"),
    ("bola moja objednávka DD-2025-04721 doručená?", [], [], "sk", "u1512"),
    ("kur mano užsakymas DD-2025-04805?", ["1000634881347U"], [], "lt", "u1513"),
    ("ist mein bett schon angekommen? #DD-2025-04640", [], [], "de", "u1514"),
    ("де моє замовлення DD-2025-04880?", [], ["DDT4"], "uk", "u1515"),
    ("tracking for my chairs pls", ["1000634875530U"], [], "en", "u1517"),
    ("status of DD-2025-04845?", ["paid"], [], "en", "u1520"),
    ("was our hotel order delivered? the 24 chairs and 6 round tables", ["delivered"], [], "en", "u1524"),
    ("gdzie jest moje łóżko, DD-2025-04855", ["DDT4830045"], [], "pl", "u1527"),
    ("did you refund my mattress return DD-2025-04789", ["refunded"], [], "en", "u1531"),
    ("where's my parcel DD2025-04840", ["630048203551470118376650"], [], "en", "u1533"),
    ("is DD-2025-04742 cancelled? just checking", ["cancelled"], [], "en", "u1539"),
    ("ar mano spinta jau išsiųsta? DD-2025-04869", [], ["RB25"], "lt", "u1540"),
    ("when is my bed arriving, DD-2025-04848", ["DDT4826678"], [], "en", "u1541"),
    ("wann kommt mein sofa? bestellung DD-2025-04814", ["RB2511090057"], [], "de", "u1535"),
    ("czy doszedł mój przelew? zamówienie DD-2025-04870", [], [], "pl", "u1506"),
    ("whats the status of my mattress order", ["pending"], [], "en", "u1538"),
]:
    c(m, False, "order_status", None, mm, mnm, l=l, cu=cu)
# a named order that belongs to someone else / does not exist
for m, mnm, l in [
    ("where is order DD-2025-04817?", ["DDT4821573"], "en"),
    ("gdzie jest zamówienie DD-2025-04655?", ["DDT4790114"], "pl"),
    ("order DD-2025-09999 status?", [], "en"),
    ("where's my sofa? odra 3 seater, paid 3299 last week", ["DDT4821573"], "en"),
]:
    c(m, False, "order_status", None, [], mnm, l=l)
# orders whose timing a page explains
c("when will my corner sofa DD-2025-03988 be ready? ordered on 2 october in my own fabric", False, "order_status", "made-to-order", ["6–8 weeks"], cu="u1507")
c("when does my ślęża right DD-2025-04872 ship?", False, "order_status", "availability", ["2–3 weeks"], cu="u1534")
c("why was my order DD-2025-04460 cancelled? I was going to pay by transfer", False, "order_status", "order-changes", ["5 working days"], cu="u1530")
c("I forgot to add assembly at checkout, can I still add it? how does that work", False, "order_status", "montaz", ["3 working days"])
c("when can i book the delivery day for DD-2025-04848?", False, "order_status", "wniesienie", ["booking link"], cu="u1541")

# ============================================================ hand-overs
# --------------------------------------------- explicit asks for a person
for m, l in [
    ("can i talk to a real person please", "en"),
    ("human pls", "en"),
    ("agent", "en"),
    ("I'd like to speak to someone from customer service", "en"),
    ("is there a person I can chat with instead of a bot?", "en"),
    ("can someone call me back? 601 234 567", "en"),
    ("pls have someone ring me, its easier to explain on the phone", "en"),
    ("can I talk to Kasia? she helped me with my sofa last month", "en"),
    ("i need to speak to a manager", "en"),
    ("I would prefer to discuss this with a member of your team, if that's possible.", "en"),
    ("can one of your interior designers call me", "en"),
    ("hello?? anyone real there", "en"),
    ("not a bot please. a person", "en"),
    ("cn i tlk 2 sum1", "en"),
    ("could a colleague of yours email me back please, I'd rather not explain here", "en"),
    ("chcę rozmawiać z konsultantem", "pl"),
    ("poproszę człowieka", "pl"),
    ("czy mogę porozmawiać z kimś z obsługi?", "pl"),
    ("prosze o kontakt telefoniczny 504 112 903", "pl"),
    ("może ktoś do mnie zadzwonić?", "pl"),
    ("wolę porozmawiać z żywym człowiekiem", "pl"),
    ("chciałabym rozmawiać z panią Agnieszką z salonu", "pl"),
    ("jest ktoś na czacie? prawdziwy człowiek?", "pl"),
    ("prosze o kontakt z kierownikiem", "pl"),
    ("chce gadac z czlowiekiem a nie z botem", "pl"),
    ("konsultant", "pl"),
    ("ich möchte mit einem mitarbeiter sprechen", "de"),
    ("bitte rufen Sie mich zurück, 0151 2345 6789", "de"),
    ("kann ich mit einem menschen sprechen?", "de"),
    ("chci mluvit s operátorem", "cs"),
    ("můžete mi zavolat zpátky?", "cs"),
    ("chcem hovoriť s operátorom", "sk"),
    ("môže mi niekto zavolať?", "sk"),
    ("noriu kalbėti su konsultantu", "lt"),
    ("ar galite man paskambinti?", "lt"),
    ("хочу поговорити з оператором", "uk"),
    ("можна з живою людиною?", "uk"),
    ("передзвоніть мені будь ласка", "uk"),
    ("позовите оператора пожалуйста", "ru"),
    ("szeretnék egy ügyintézővel beszélni", "hu"),
    ("je voudrais parler à quelqu'un, s'il vous plaît", "fr"),
    ("vorrei parlare con una persona", "it"),
]:
    c(m, True, "human_request", None, l=l)

# greeting first, then the ask; or asking again
for msgs, l in [
    (["hi", "can i speak to a person please"], "en"),
    (["hello", "is anyone from the team online? need help with my sofa order"], "en"),
    (["human", "HUMAN", "hello?? a real person please"], "en"),
    (["agent", "i said agent"], "en"),
    (["can i talk to someone", "you didn't answer. a person, please"], "en"),
    (["dzień dobry", "poproszę konsultanta"], "pl"),
    (["cześć", "jest ktoś żywy?"], "pl"),
    (["konsultant", "KONSULTANT", "halo, proszę o człowieka"], "pl"),
    (["hallo", "ich möchte bitte mit jemandem sprechen"], "de"),
    (["dobrý den", "chtěl bych mluvit s někým z obchodu"], "cs"),
    (["dobrý deň", "môžem hovoriť s človekom?"], "sk"),
    (["labas", "norėčiau pasikalbėti su darbuotoju"], "lt"),
    (["привіт", "покличте людину будь ласка"], "uk"),
]:
    c(msgs, True, "human_request", None, l=l)

# --------------------------------------------- press and partnerships
for m, l in [
    ("I'm a journalist at Gazeta Wrocławska writing about local furniture brands, could someone from your team contact me?", "en"),
    ("we're a small furniture workshop from Podhale and would like to sell through your shop, who can we talk to?", "en"),
    ("Dzień dobry, jestem dziennikarką portalu o wnętrzach, poproszę o kontakt z działem prasowym", "pl"),
    ("Wir sind ein Möbelhändler aus Leipzig und suchen eine Partnerschaft, mit wem kann ich sprechen?", "de"),
    ("jsme výrobce svítidel z Brna, chtěli bychom spolupracovat, s kým můžu mluvit?", "cs"),
]:
    c(m, True, "human_request", "kontakt", l=l)

# -------------------------------------------- cancel or change an order
for m, l, cu, art, it in [
    ("please cancel my order DD-2025-04861", "en", "u1505", "order-changes", "order_status"),
    ("cancel DD-2025-04861 asap, found the same wardrobe cheaper somewhere else sorry", "en", "u1505", "order-changes", "order_status"),
    ("proszę anulować zamówienie DD-2025-04861", "pl", "u1505", "order-changes", "order_status"),
    ("can you change the delivery address on DD-2025-04861 to ul. Ozimska 20/3, Opole?", "en", "u1505", "order-changes", "order_status"),
    ("please add 2 more zamek chairs to DD-2025-04870, we need 8 not 6", "en", "u1506", "order-changes", "order_status"),
    ("chcę zmienić kolor krzeseł w zamówieniu DD-2025-04870 na butelkową zieleń", "pl", "u1506", "order-changes", "order_status"),
    ("my sofa DD-2025-04817 has shipped but can you deliver it to my mum's address instead? same city", "en", "u1501", "order-changes", "order_status"),
    ("I want to cancel my made to order corner sofa DD-2025-03988", "en", "u1507", "made-to-order", "order_status"),
    ("chcę zrezygnować z narożnika na zamówienie DD-2025-03988, proszę o zwrot pieniędzy", "pl", "u1507", "made-to-order", "order_status"),
    ("скасуйте, будь ласка, замовлення DD-2025-04880", "uk", "u1515", "order-changes", "order_status"),
    ("хочу змінити адресу доставки для DD-2025-04880, переїжджаю на іншу квартиру", "uk", "u1515", "order-changes", "order_status"),
    ("prašau atšaukti užsakymą DD-2025-04869", "lt", "u1540", "order-changes", "order_status"),
    ("bitte stornieren Sie meine Bestellung DD-2025-04702", "de", "u1510", "order-changes", "order_status"),
    ("chci zrušit objednávku DD-2025-04688", "cs", "u1511", "order-changes", "order_status"),
    ("please cancel my mattress order, I changed my mind", "en", "u1538", "order-changes", "order_status"),
    ("cancel my order from yesterday pls, the one with the lamp", "en", None, "order-changes", "order_status"),
    ("please move my delivery DD-2025-04801 to next wednesday, the booking link won't let me anymore", "en", "u1528", "wniesienie", "order_status"),
    ("proszę przełożyć dostawę DD-2025-04801 na sobotę", "pl", "u1528", "wniesienie", "order_status"),
    ("can you add assembly to my table order DD-2025-04845", "en", "u1520", "montaz", "order_status"),
    ("please add carrying upstairs for DD-2025-04848, 4th floor and the lift is too small for the bed", "en", "u1541", "wniesienie", "order_status"),
    ("add taking away my old bed to DD-2025-04855 please", "en", "u1527", "old-furniture", "order_status"),
    ("können Sie das Tragen in den 3. Stock für DD-2025-04814 noch hinzufügen? Kein Aufzug", "de", "u1535", "international-delivery", "order_status"),
    ("please add my NIP 8992736415 to DD-2025-04866 so i get a company invoice, it hasn't shipped yet", "en", "u1525", "faktura", "payment"),
    ("I want to return the Karkonosze bed from DD-2025-04655, please arrange the collection", "en", "u1502", "zwroty", "return_refund"),
    ("I want to send my Sen Hybryda back under the 100 nights, please come and pick it up", "en", "u1516", "mattress-trial", "return_refund"),
    ("ich möchte das bett DD-2025-04640 zurückgeben, bitte holen Sie es ab", "de", "u1514", "zwroty", "return_refund"),
]:
    c(m, True, it, art, l=l, cu=cu)

# --------------------------------------------- things only staff can do
E = []  # (message, intent, article, lang, customer)
E += [  # charged twice / unknown charges
    ("you charged me twice for DD-2025-04845, 1639 zł two times, both are booked on my statement and it's been a week", "payment", "platnosci", "en", "u1520"),
    ("pobraliście dwa razy 1639 zł za zamówienie DD-2025-04845, minął tydzień i dalej są dwie płatności", "payment", "platnosci", "pl", "u1520"),
    ("sie haben mein konto zweimal belastet, beide buchungen sind seit 8 tagen da", "payment", "platnosci", "de", None),
    ("strhli jste mi peníze dvakrát a po týdnu jsou pořád obě platby", "payment", "platnosci", "cs", None),
    ("there's a 549 zł charge from dom & drewno on my card and i never ordered anything from you", "payment", None, "en", None),
    ("mam obciążenie karty od Dom i Drewno którego nie rozpoznaję", "payment", None, "pl", None),
]
E += [  # charged after cancelling
    ("I cancelled DD-2025-04599 the same evening but the 1190 zł is still gone from my account, 2 weeks now", "payment", "order-changes", "en", "u1509"),
    ("anulowałam zamówienie DD-2025-04599 a pieniądze dalej nie wróciły, minęło 14 dni", "payment", "order-changes", "pl", "u1509"),
    ("я скасував замовлення, а гроші так і не повернули, вже два тижні", "payment", "order-changes", "uk", None),
]
E += [  # refund missing
    ("my refund for the rug DD-2025-04512 says refunded on 21 october but there's nothing on my card", "return_refund", "zwroty", "en", "u1508"),
    ("zwrot za dywan DD-2025-04512 nadal nie dotarł, minęły 3 tygodnie", "return_refund", "zwroty", "pl", "u1508"),
    ("ich warte seit 4 wochen auf meine erstattung für die rücksendung", "return_refund", "zwroty", "de", None),
    ("vis dar negavau pinigų už grąžintą prekę, praėjo mėnuo", "return_refund", "zwroty", "lt", None),
    ("peniaze za vrátený tovar mi stále neprišli, už je to 5 týždňov", "return_refund", "zwroty", "sk", None),
    ("you collected my mattress 3 weeks ago for the trial and the refund isn't on my account", "return_refund", "mattress-trial", "en", "u1531"),
]
E += [  # replacement broken too, damage claim ignored
    ("the replacement leg you sent for my Bolko armchair is ALSO cracked. second time now", "complaint", "damaged-delivery", "en", "u1503"),
    ("nowa noga do fotela też przyszła pęknięta, to już drugi raz", "complaint", "damaged-delivery", "pl", "u1503"),
    ("auch das ersatzteil für den schrank kam kaputt an", "complaint", "damaged-delivery", "de", None),
    ("antrą kartą atvežė sugadintą spintą", "complaint", "damaged-delivery", "lt", None),
    ("I sent photos of the dented table to reklamacje@ the same day it came, a week ago, and nobody has replied", "complaint", "damaged-delivery", "en", "u1532"),
]
E += [  # delivered but not received, already checked; drivers no-show
    ("inpost says my lamps DD-2025-04790 were picked up from the paczkomat but not by me. checked the app, asked neighbours, 5 days now", "complaint", "delivery-problems", "en", "u1504"),
    ("paczka DD-2025-04790 niby odebrana z paczkomatu, ale to nie ja. sprawdziłam aplikację, sąsiadów, nic", "complaint", "delivery-problems", "pl", "u1504"),
    ("podle sledování doručeno, ptal jsem se všech sousedů, nic nemám už týden", "complaint", "delivery-problems", "cs", None),
    ("your drivers didn't show up at all on friday for DD-2025-04855, I took a day off work for this", "complaint", "delivery-problems", "en", "u1527"),
    ("kierowcy w ogóle nie przyjechali, czekałem cały dzień, DD-2025-04855", "complaint", "delivery-problems", "pl", "u1527"),
    ("got the wrong colour wardrobe DD-2025-04777, reported it 12 days ago and still nobody came to swap it", "complaint", "delivery-problems", "en", "u1519"),
    ("dostal som inú farbu a výmena prišla tiež zlá", "complaint", "delivery-problems", "sk", None),
]
E += [  # take-back, drivers, fitters
    ("I paid 99 zł for taking away my old sofa and the drivers refused to take it, DD-2025-04712", "complaint", "old-furniture", "en", "u1526"),
    ("zapłaciłem za wywóz starej kanapy a kierowcy jej nie zabrali, stoi mi w przedpokoju", "complaint", "old-furniture", "pl", "u1526"),
    ("die Raben-Fahrer haben das Sofa unten im Hausflur stehen lassen, ich hatte das Tragen in den 3. Stock bezahlt", "complaint", "international-delivery", "de", None),
    ("the drivers scratched my new parquet carrying the wardrobe in and just left", "complaint", None, "en", None),
    ("the fitter left a hole in my wall and didn't fix the bookcase to it like he said", "complaint", "montaz", "en", None),
]
E += [  # warranty claims
    ("I filed a warranty claim for my sofa frame 3 weeks ago and heard nothing at all", "return_refund", "gwarancja", "en", "u1521"),
    ("złożyłem reklamację 20 dni temu i cisza, a mieliście 14 dni na odpowiedź", "return_refund", "gwarancja", "pl", "u1521"),
    ("my warranty claim was rejected as 'pet damage' but we don't have any pets", "return_refund", "gwarancja", "en", None),
]
E += [  # account, privacy, gift card, invoice, B2B
    ("there's an order DD-2025-04888 on my account for 2 mattresses that i did not place", "account", None, "en", "u1522"),
    ("ktoś złożył zamówienie na moim koncie, nie ja!! 2 materace na jakiś obcy adres", "account", None, "pl", "u1522"),
    ("someone changed my account email and now i can't log in", "account", None, "en", None),
    ("asked rodo@ to delete my data in september, still getting your newsletters every week", "account", "rodo", "en", None),
    ("usunęłam konto 2 miesiące temu a dalej dostaję maile i mogę się zalogować", "account", "rodo", "pl", None),
    ("ich habe vor 6 wochen die löschung beantragt, das konto gibt es immer noch", "account", "rodo", "de", None),
    ("reset my password 3 times, the link always says expired even when i click it right away. still locked out", "account", "account", "en", None),
    ("resetuję hasło trzeci raz, mail nie przychodzi, nawet w spamie, nie mogę się zalogować od tygodnia", "account", "account", "pl", None),
    ("my gift card had 400 zł on it and now the balance shows 0, I haven't used it", "payment", "gift-cards", "en", "u1523"),
    ("saldo na karcie podarunkowej zniknęło, było 400 zł", "payment", "gift-cards", "pl", "u1523"),
    ("the corrected invoice still has the wrong NIP, this is the second time I'm asking", "payment", "faktura", "en", None),
    ("my B2B account was verified a week ago but I still see normal prices, no trade discount", "account", "b2b", "en", "u1525"),
    ("Santander approved my instalments and took the first one but the order still says pending", "payment", "platnosci", "en", None),
]
E += [  # delivery by a date
    ("we're moving on 28 november, the corner sofa DD-2025-03988 MUST arrive before that, can you guarantee it?", "order_status", "made-to-order", "en", "u1507"),
    ("our hotel opens on the 20th and 3 of the 24 chairs are a different shade of velvet, we need them swapped before then", "complaint", "delivery-problems", "en", "u1524"),
]
E += [  # injury, safety, health
    ("the bookcase fell over on my son, he's ok but bruised. your fitter said it was fixed to the wall", "complaint", "montaz", "en", None),
    ("a slat broke in the night and my husband hurt his back falling through, the bed is 4 months old", "complaint", "gwarancja", "en", None),
    ("z lampy Solna zaczął lecieć dym zaraz po włączeniu", "complaint", "gwarancja", "pl", None),
    ("у дитини висип після нового матраца, лікар каже алергія", "complaint", None, "uk", None),
]
E += [  # legal threats, staff
    ("if the refund isn't here by friday i'm going to the consumer ombudsman", "complaint", None, "en", None),
    ("składam skargę do UOKiK i idę do sądu", "complaint", None, "pl", None),
    ("ich schalte jetzt meinen anwalt ein", "complaint", None, "de", None),
    ("podám na vás žalobu", "complaint", None, "cs", None),
    ("the man in the showroom on saturday was really rude to my mother", "complaint", None, "en", None),
    ("pan w salonie był bardzo niemiły, śmiał się z mojego pytania", "complaint", None, "pl", None),
    ("кур'єр нагрубив мені і кинув коробку біля під'їзду", "complaint", None, "uk", None),
]
E += [  # money back
    ("the dining table DD-2025-04832 has a dent, I don't want a repair, refund it please", "return_refund", "damaged-delivery", "en", "u1532"),
    ("lustro przyszło pęknięte, chcę zwrot pieniędzy a nie nowe", "return_refund", "damaged-delivery", "pl", "u1542"),
    ("I want the delivery fee back, the drivers came 3 hours late and didn't call", "return_refund", "delivery-problems", "en", None),
]
for m, it, art, l, cu in E:
    c(m, True, it, art, l=l, cu=cu)

# ================================================== conversations (2-4 turns)
# ---- a question, then a person is asked for (hand-over keeps the page)
for msgs, art, l in [
    (["how much is assembly for a wardrobe?", "ok can i talk to someone about a bigger order, whole flat"], "montaz", "en"),
    (["what's your return policy", "fine. human please"], "zwroty", "en"),
    (["how does the 100 night trial work", "hmm. can a person explain it to me on the phone?"], "mattress-trial", "en"),
    (["do you ship to austria?", "could someone call me about delivering furniture for a whole holiday flat there"], "international-delivery", "en"),
    (["how do I get a company invoice", "can i speak to someone in accounting please"], "faktura", "en"),
    (["how much to carry a sofa to the 4th floor", "ok I'd rather speak to a person about my stairwell, it's really narrow"], "wniesienie", "en"),
    (["what fabric is best with cats", "can one of your designers call me to help choose"], "fabric-samples", "en"),
    (["do you have a trade discount for designers?", "great, can an account manager contact me"], "b2b", "en"),
    (["whats the warranty on sofa frames", "ok. i'd like to talk to someone"], "gwarancja", "en"),
    (["how long does made to order take", "can I speak to someone before I order? got questions about the fabric"], "made-to-order", "en"),
    (["do you take old furniture away", "can someone call me to arrange it"], "old-furniture", "en"),
    (["ile kosztuje dostawa sofy?", "ok, mogę porozmawiać z konsultantem?"], "dostawa", "pl"),
    (["jak działa zwrot materaca po testach", "wolę to omówić z człowiekiem"], "mattress-trial", "pl"),
    (["ile kosztuje montaż szafy przesuwnej", "czy ktoś może do mnie zadzwonić?"], "montaz", "pl"),
    (["macie rabaty dla architektów?", "poproszę o kontakt opiekuna klienta"], "b2b", "pl"),
    (["jak złożyć reklamację", "wolę porozmawiać z kimś"], "gwarancja", "pl"),
    (["was kostet der versand nach österreich?", "kann mich jemand anrufen?"], "international-delivery", "de"),
    (["wie funktioniert das probeschlafen?", "ich möchte lieber mit einem mitarbeiter sprechen"], "mattress-trial", "de"),
    (["kolik stojí doprava do česka?", "můžu mluvit s člověkem?"], "international-delivery", "cs"),
    (["aké sú podmienky vrátenia?", "dobre, a môžem hovoriť s niekým živým?"], "zwroty", "sk"),
    (["kiek kainuoja pristatymas į lietuvą?", "ar galiu pasikalbėti su žmogumi?"], "international-delivery", "lt"),
    (["яка гарантія на диван?", "можна поговорити з консультантом?"], "gwarancja", "uk"),
    (["mennyi a szállítás ausztriába?", "beszélhetek valakivel?"], "international-delivery", "hu"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- frustration that builds over the turns (no swearing)
for msgs, art, l in [
    (["how much is carrying upstairs", "ok but it's a corner sofa", "that's not what I asked, I asked about a CORNER sofa to the 5th floor", "I've asked 3 times now"], "wniesienie", "en"),
    (["when will my sofa ship", "it's made to order, I ordered on 2 october", "you keep pasting the same text at me"], "made-to-order", "en"),
    (["how do i book the delivery slot", "there is no link in my sms", "I checked spam too. this is going nowhere"], "delivery-problems", "en"),
    (["reset password", "did that, no email", "still nothing, third time asking, I just want to log in"], "account", "en"),
    (["where's my invoice", "it's not in my orders", "it's NOT there, I've looked 3 times, this is so frustrating"], "faktura", "en"),
    (["can I pay in instalments from slovakia", "why not", "that's not an answer"], "platnosci", "en"),
    (["my discount code doesn't work", "it's not a sale item", "I tried again. still invalid. you're not helping at all"], "discount-codes", "en"),
    (["do you deliver to switzerland", "and if I pay extra?", "you already said that. can you or can you not"], "international-delivery", "en"),
    (["which firmness for me, 92 kg side sleeper", "but you said H2 is for side sleepers", "so which one?? you're contradicting yourself"], "mattress-sizes", "en"),
    (["how do I use my gift card", "there's no field for the code", "still no field. this is useless"], "gift-cards", "en"),
    (["jak umówić termin dostawy", "nie dostałem żadnego sms", "sprawdzałem spam, trzeci raz pytam, to nic nie pomaga"], "delivery-problems", "pl"),
    (["gdzie jest faktura", "nie ma jej w moich zamówieniach", "no mówię że nie ma!! kręcimy się w kółko"], "faktura", "pl"),
    (["ile kosztuje wniesienie narożnika", "na 4 piętro bez windy", "nie odpowiadasz na moje pytanie"], "wniesienie", "pl"),
    (["kod rabatowy nie działa", "to nie jest produkt z promocji", "dalej nie działa, to już trzeci raz"], "discount-codes", "pl"),
    (["wie buche ich den liefertermin", "ich habe keinen link bekommen", "das hilft mir überhaupt nicht, zum dritten mal"], "delivery-problems", "de"),
    (["wo ist meine rechnung", "nicht unter meine bestellungen", "das ist nicht das, was ich gefragt habe"], "faktura", "de"),
    (["kdy přijede pohovka", "už jsem to sledoval, nic se neděje", "pořád mi píšete to samé"], "delivery-problems", "cs"),
    (["ako použijem darčekovú kartu", "nie je tam pole na kód", "už tretíkrát vám píšem, že to nejde"], "gift-cards", "sk"),
    (["як змінити дату доставки", "посилання не працює", "я вже втретє питаю, це не допомагає"], "wniesienie", "uk"),
    (["kada atvyks mano lova?", "jau tikrinau sekimą", "jūs man visai nepadedate"], "delivery-problems", "lt"),
    (["как вернуть матрас", "я уже заполнил форму, никто не ответил", "вы отвечаете одно и то же"], "mattress-trial", "ru"),
]:
    c(msgs, True, "complaint", art, l=l)
# frustration that ends with an ask for a person
for msgs, art, l in [
    (["my tracking hasn't moved in 4 days", "yes i checked the link", "ok this is pointless, get me a human"], "delivery-problems", "en"),
    (["how do i add my NIP to an order", "the order is already placed", "can a real person just fix it please"], "faktura", "en"),
    (["jak zmienić termin dostawy", "link nie działa", "dobra, poproszę konsultanta"], "wniesienie", "pl"),
    (["das passwort geht nicht", "hab ich schon gemacht", "ich will jetzt mit einem menschen sprechen"], "account", "de"),
    (["не працює промокод", "я вже пробував двічі", "дайте мені оператора"], "discount-codes", "uk"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- problem reported, then it turns out staff are needed
for msgs, it, art, l, cu in [
    (["the table I got has a dent in the top", "I sent photos to reklamacje@ 4 days ago and nobody replied"], "complaint", "damaged-delivery", "en", "u1532"),
    (["tracking says my lamps were delivered to the locker but i don't have them", "I already checked the inpost app and asked the neighbours, it's been 5 days", "so what now"], "complaint", "delivery-problems", "en", "u1504"),
    (["I cancelled an order, when do I get my money back?", "it's been 2 weeks, nothing on my account"], "payment", "order-changes", "en", "u1509"),
    (["how long does a refund take after a return", "you got the rug back in october and I still have nothing"], "return_refund", "zwroty", "en", "u1508"),
    (["how long do you take to answer a warranty claim", "it's been 3 weeks for mine"], "return_refund", "gwarancja", "en", "u1521"),
    (["do you send replacement parts for damaged furniture?", "you did, and the new leg was cracked too"], "complaint", "damaged-delivery", "en", "u1503"),
    (["do you take away old sofas?", "I paid for it and your drivers left it in my living room"], "complaint", "old-furniture", "en", "u1526"),
    (["what happens if the drivers don't come", "well they didn't come on friday, I waited from 10 to 6"], "complaint", "delivery-problems", "en", "u1527"),
    (["how do i check my gift card balance", "it says 0 but it was 400 zł and I haven't used it"], "payment", "gift-cards", "en", "u1523"),
    (["why do I see two payments", "it's been 8 days and both are booked, not pending"], "payment", "platnosci", "en", "u1520"),
    (["how do i delete my account", "I did that in august and I can still log in"], "account", "rodo", "en", None),
    (["kiedy zwrot pieniędzy za zwrot?", "minął miesiąc od odbioru sofy"], "return_refund", "zwroty", "pl", None),
    (["wie lange dauert eine erstattung?", "ich warte schon seit 5 wochen"], "return_refund", "zwroty", "de", None),
    (["kdy přijede moje pohovka?", "Raben měl přijet v pátek dopoledne a nikdo nepřijel"], "complaint", "delivery-problems", "cs", "u1511"),
    (["I got the wrong colour wardrobe", "ok, I reported it 12 days ago and nobody has come to swap it"], "complaint", "delivery-problems", "en", "u1519"),
    (["how does a trial return work", "ok I want to send back my sen hybryda, please arrange the pickup"], "return_refund", "mattress-trial", "en", "u1516"),
    (["how long does the trial refund take", "you picked up my mattress 3 weeks ago and I have nothing"], "return_refund", "mattress-trial", "en", "u1531"),
    (["what's on my account? I see an order I don't know", "DD-2025-04888, I never ordered 2 mattresses"], "account", None, "en", "u1522"),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- change requests inside a conversation
for msgs, it, art, l, cu in [
    (["can i still cancel an order?", "ok then cancel DD-2025-04861 please"], "order_status", "order-changes", "en", "u1505"),
    (["until when can I change the address", "great, change it for DD-2025-04861 to ul. Ozimska 20/3, Opole"], "order_status", "order-changes", "en", "u1505"),
    (["where is my order DD-2025-04817", "ok can you send it to my work address instead"], "order_status", "order-changes", "en", "u1501"),
    (["czy mogę jeszcze coś dodać do zamówienia?", "to dodajcie 2 krzesła zamek do DD-2025-04870"], "order_status", "order-changes", "pl", "u1506"),
    (["ar galiu atšaukti užsakymą?", "tada atšaukite DD-2025-04869"], "order_status", "order-changes", "lt", "u1540"),
    (["чи можна змінити замовлення?", "тоді додайте наматрацник до DD-2025-04880"], "order_status", "order-changes", "uk", "u1515"),
    (["can I change my delivery day?", "the link says it's too late, please move DD-2025-04801 to friday"], "order_status", "wniesienie", "en", "u1528"),
    (["can I change the fabric of a made to order sofa?", "I ordered on 2 october but I really need a different colour, please change it"], "order_status", "made-to-order", "en", "u1507"),
    (["what does ships in 2-3 weeks mean", "ok then cancel DD-2025-04872, I can't wait that long"], "order_status", "order-changes", "en", "u1534"),
    (["kann ich noch stornieren?", "dann stornieren Sie bitte DD-2025-04702"], "order_status", "order-changes", "de", "u1510"),
    (["can i add carrying upstairs after ordering?", "ok please add it for DD-2025-04848, 3rd floor no lift"], "order_status", "wniesienie", "en", "u1541"),
    (["czy mogę dodać montaż po zamówieniu?", "to proszę dodać montaż stołu do DD-2025-04845"], "order_status", "montaz", "pl", "u1520"),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- follow-ups answered by the assistant (no hand-over)
for msgs, it, art, mm, l in [
    (["hi", "how much is delivery to a paczkomat?"], "shipping", "dostawa", ["14"], "en"),
    (["how much is shipping to germany", "and how long for a sofa?"], "shipping", "international-delivery", ["7–14 working days"], "en"),
    (["how much to carry up a wardrobe", "and what if we have a lift?"], "shipping", "wniesienie", ["lift"], "en"),
    (["can i return a sofa", "how much is the collection?"], "return_refund", "zwroty", ["149"], "en"),
    (["how does the mattress trial work", "and who pays for the pickup?"], "return_refund", "mattress-trial", ["free of charge"], "en"),
    (["do you do assembly", "how much for a bed?"], "product_info", "montaz", ["149"], "en"),
    (["whats the warranty", "and on the frame?"], "return_refund", "gwarancja", ["5 years"], "en"),
    (["hey", "what are the showroom hours on saturday"], "other", "showroom", ["16:00"], "en"),
    (["can i talk to someone?", "actually never mind, just tell me if you deliver to lithuania"], "shipping", "international-delivery", ["Lithuania"], "en"),
    (["i want a human", "no wait, forget it. what's the phone number, i'll call myself"], "other", "kontakt", [PH], "en"),
    (["is this chat answered by a person?", "ok and on saturdays?"], "other", "kontakt", ["15:00"], "en"),
    (["no I don't need a person", "just tell me how long a gift card is valid"], "payment", "gift-cards", ["12 months"], "en"),
    (["my sofa arrived with a scratch on the arm", "do i need to send it back?"], "complaint", "damaged-delivery", ["collect it free of charge"], "en"),
    (["the mirror is cracked", "how long do i have to report it?"], "complaint", "damaged-delivery", ["48 hours"], "en"),
    (["do you have fabric samples", "how many can i get for free"], "product_info", "fabric-samples", ["6"], "en"),
    (["thanks for the help earlier", "one more thing, do you take paypal?"], "payment", "platnosci", ["PayPal"], "en"),
    (["how do i pay by bank transfer", "what do i put as the title"], "payment", "platnosci", ["order number"], "en"),
    (["whats the weather in wroclaw", "ok never mind. do you sell wool throws?"], "product_info", None, ["249"], "en"),
    (["i'm an architect", "do you have trade prices?"], "product_info", "b2b", ["10%"], "en"),
    (["thanks", "actually is the showroom open on sundays?"], "other", "showroom", ["trading Sundays"], "en"),
    (["I don't need a person, I have a question about the trial", "can I swap to a firmer mattress?"], "return_refund", "mattress-trial", ["once"], "en"),
    (["dzień dobry", "ile kosztuje kurier?"], "shipping", "dostawa", ["19"], "pl"),
    (["ile kosztuje dostawa sofy?", "a wniesienie na 2 piętro?"], "shipping", "wniesienie", ["30"], "pl"),
    (["chcę rozmawiać z konsultantem", "a zresztą nieważne, do której jest czynny salon w sobotę?"], "other", "showroom", ["16:00"], "pl"),
    (["nie potrzebuję człowieka", "powiedzcie tylko ile kosztuje montaż łóżka"], "product_info", "montaz", ["149"], "pl"),
    (["sofa przyszła porysowana", "muszę ją sama odesłać?"], "complaint", "damaged-delivery", [], "pl"),
    (["hallo", "was kostet der versand nach deutschland?"], "shipping", "international-delivery", ["12"], "de"),
    (["ahoj", "kolik stojí doprava pohovky do prahy?"], "shipping", "international-delivery", ["89"], "cs"),
    (["добрий день", "скільки коштує збирання шафи?"], "product_info", "montaz", ["199"], "uk"),
    (["здравствуйте", "сколько стоит доставка дивана?"], "shipping", "dostawa", ["149"], "ru"),
]:
    c(msgs, False, it, art, mm, l=l)
# order follow-ups with a customer's own orders
for msgs, mm, l, cu, art in [
    (["hi, my sofa hasn't come yet", "the number is DD 2025 04817"], ["DDT4821573"], "en", "u1501", None),
    (["where is my parcel", "dd-2025-04840"], ["630048203551470118376650"], "en", "u1533", None),
    (["wo ist mein paket?", "bestellnummer DD-2025-04702"], ["01905002345678"], "de", "u1510", None),
    (["kde je moje pohovka?", "číslo objednávky DD-2025-04688"], ["RB2511087412"], "cs", "u1511", None),
    (["kur mano čiužinys?", "užsakymas DD-2025-04805"], ["1000634881347U"], "lt", "u1513", None),
    (["when is my order coming", "the made to order corner sofa, DD-2025-03988"], ["6–8 weeks"], "en", "u1507", "made-to-order"),
    (["where is my order DD-2025-04817?", "ok and will the drivers call before they come?"], ["30 minutes"], "en", "u1501", "wniesienie"),
]:
    it = "shipping" if art == "wniesienie" else "order_status"
    c(msgs, False, it, art, mm, l=l, cu=cu)

# ---- longer conversations, some rambling
c(["hi, so I'm looking at the Karkonosze 160 and honestly I'm not sure about the mattress, I'm about 75 kilos and my boyfriend is more like 95 and he sleeps on his stomach and I'm on my side mostly, we had a really soft one before and my back hurt", "so what would you suggest for the two of us?"],
  False, "product_info", "mattress-sizes", ["two single mattresses"])
c(["my new wool rug is shedding everywhere", "like EVERYWHERE. is it faulty? should I send it back?"],
  False, "product_info", "fabric-care", ["3 months"])
c(["ok so I ordered the lipa wardrobe, the 2 door one, and the delivery guys are coming on thursday, but I just realised the lift in our building is tiny, like really tiny, I don't think a 210 cm box fits in it, we're on the 6th floor", "will they carry it up the stairs then and what does that cost"],
  False, "shipping", "wniesienie", ["30 zł per floor"])
c(["Guten Tag, ich wohne in Görlitz, direkt an der Grenze", "liefern Sie auch große Möbel nach Deutschland, und wie lange dauert das?"],
  False, "shipping", "international-delivery", ["14"], l="de")
c(["dobrý deň, mám otázku", "koľko stojí doprava skrine na Slovensko a dá sa vyniesť na 3. poschodie?"],
  False, "shipping", "international-delivery", ["99", "10"], l="sk")
c(["hi", "the linen bedding I got in september has already torn along the seam after 4 washes", "ok I'll use the form. but honestly, is that normal for bedding at that price?"],
  False, "return_refund", "gwarancja", [], cu="u1501")
c(["hello, i bought a sofa from you in june, the odra one, and i love it honestly, but for the last couple of weeks the left seat sinks a lot more than the right one and there's a creaking noise from inside when you sit down, my husband looked underneath and thinks a wooden bar might be cracked",
   "I filled in the reklamacja form on the 15th of october and got an automatic email and then nothing at all since, it's been nearly a month"],
  True, "return_refund", "gwarancja", cu="u1521")
c(["dzień dobry, zamówiłam stół rynek i 6 krzeseł", "zapłaciłam przelewem 4 dni temu, w tytule numer zamówienia DD-2025-04870, a status dalej oczekuje", "nie chcę żeby mi anulowali zamówienie, niech ktoś to sprawdzi proszę"],
  True, "payment", "platnosci", l="pl", cu="u1506")
c(["during the trial can I swap the firmness?", "ok then I want to swap my H4 for an H3, the 180 one, please arrange it"],
  True, "return_refund", "mattress-trial", cu="u1516")
c(["Sehr geehrte Damen und Herren, wir haben am 28. Oktober das Bett Izery bekommen", "heute hält die Gasdruckfeder vom Lattenrost nicht mehr, der Rost fällt einfach herunter. Meine Tochter hätte sich fast die Finger eingeklemmt, das ist gefährlich"],
  True, "complaint", "gwarancja", l="de", cu="u1514")
c(["how much is carrying upstairs?", "ok. i booked it at checkout but the drivers today said it's not on their papers and made me pay again by blik, so now I paid twice", "I want the 60 zł back please"],
  True, "return_refund", "wniesienie")

# ---- many customers greet before they ask: every 7th single-turn question
# gets an opening line in its own language (the judged turn is unchanged)
OPENERS = {
    "en": ["hi", "hello", "hey", "good morning", "hi there", "hello, quick question", "hiya", "hi, hope you can help"],
    "pl": ["dzień dobry", "dzien dobry", "cześć", "witam", "hej", "dzień dobry, mam pytanie"],
    "de": ["hallo", "guten tag", "servus"],
    "cs": ["dobrý den", "ahoj"],
    "sk": ["dobrý deň", "ahoj"],
    "lt": ["labas", "laba diena"],
    "uk": ["добрий день", "привіт"],
    "ru": ["здравствуйте"],
    "hu": ["jó napot"],
    "fr": ["bonjour"],
    "it": ["buongiorno"],
    "nl": ["hallo"],
}
GREETS = re.compile(r"(hi|hello|hey|good (morning|afternoon|evening)|dzie[nń] dobry|cze[sś][cć]|witam|hallo|dobr[ýy] (den|deň)|labas|добрий|привіт|здравствуйте)\b", re.I)

# ================================================================ output
ORDER_ID = re.compile(r"dd[\s-]?2025[\s-]?(\d{5})", re.I)
# order numbers that are meant not to exist
UNKNOWN_ORDERS = {"09999"}

def order_refs(m):
    return [casekit.Ref(mo.group(0), mo.group(1), None) for mo in ORDER_ID.finditer(m)]

def main():
    shop.add_openers(OPENERS, GREETS)
    shop.write()
    # customers with an id up to u5000 must hold orders; the cases that name
    # a stranger's or a made-up order use anonymous customers
    shop.check(order_id=r"DD-2025-\d{5}", shape="DD-2025-04817", counter=lambda oid: oid[8:],
               refs=order_refs, unknown=UNKNOWN_ORDERS, named=lambda cu: int(cu[1:]) <= 5000, kb_line=False)

if __name__ == "__main__":
    main()
