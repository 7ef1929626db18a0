#!/usr/bin/env python3
"""Generate twentyninth-cases.jsonl: cases for the twenty-ninth shop,
Noppa (board-game, puzzle and card-game shop with a game café and the
event room Tornihuone at Fredrikinkatu 47, Helsinki; sells board games,
expansions, card games and sleeves, trading cards, puzzles, miniatures,
paints and spray primers, roleplaying books and dice; pre-orders and
crowdfunding late pledges; the café has a cover charge, table booking,
tournaments and event tickets, game rental and a trade-in counter for
used games; a missing-parts service with the publishers; the Noppa
loyalty card; ships to mainland Finland, Åland (outside the EU VAT area:
VAT-free prices, import VAT on arrival), Sweden, Estonia, Latvia,
Lithuania and the rest of the EU; prices in EUR; MobilePay, Klarna,
online banks, ePassi/Smartum in the café).
KB: twentyninth-kb/.  Run: python3 gen_twentyninth_cases.py
The script writes the cases, then checks them against the KB and prints
the figures (cases, escalation share, other-language share, multi-turn share).
The customers write in English, Finnish (fi), Swedish (sv), Estonian (et),
Russian (ru), German (de) and Latvian (lv).

Order numbers look like NP-884213 (NP and a 6-digit counter; every
counter starts with 88).  Customers paste them in many ways ("np884213",
"NP 884213", "#884213", "tilaus 884213", just the digits).  Sleeve and
card sizes (66 x 91 mm, 63.5 x 88), piece counts (1000, 2000 pieces),
ml of paints and primers (18 ml, 400 ml), product names with digits
("Catan 5–6", "Player's Handbook 2024", "Play Booster Box (36)"),
postcodes (00100, 10115), phone numbers (040 884 2213), prices and years
are not order numbers.

LABELLING RULES

Escalation (expect.escalate)
 E1  true for an explicit request for a person in any wording or language:
     "a human", "someone from the store", a callback, the manager, a named
     colleague (Aino at the counter), also right after an answered
     question.  Press, publishers, designers and partnership requests ask
     for a person too.
 E2  true for a request to cancel, refund or change an existing order or
     booking for the customer: cancel an order, a pre-order or a late
     pledge, change the address, add or remove an item, add an add-on to
     a late pledge, switch store pickup and delivery, send the in-stock
     products ahead of a pre-order, resend a parcel that came back,
     exchange a product inside an order, "just refund it", move or
     cancel a table booking, transfer an event ticket, add a game host to
     an event-room booking.
 E3  true for things only staff can do: a real double charge (both
     booked after the reservation time), a charge after cancelling, a
     refund missing for weeks (also a cancelled pre-order, a cancelled
     tournament, an event-room deposit), Noppa credit or a gift card
     balance that vanished, a gift card e-mail that never came after the
     resend, a rental deposit not released, an order the customer did not
     place, someone else's data in the account, a deletion that did not
     happen, a locked-out account after the reset steps, merging two
     accounts, points missing after the receipt was handed in, a parcel
     marked delivered that the customer already looked for, Klarna or
     MobilePay disagreeing with the shop, a price-promise refund, an Åland
     clearance charge the customer disputes, a missing part or fault
     report nobody answered, a replacement that arrived damaged again, a
     PDF code that never came, someone unwell after café food, complaints
     about staff or players at an event, legal threats.
 E4  true when the customer is stuck or frustrated across several turns
     ("that's not what I asked", the same thing a third time).
 E5  false for questions about a policy even with "cancel", "refund",
     "person", "human", "call" in them: the phone number, the e-mails,
     when people answer the chat, store and café hours, how to cancel an
     order, a pre-order, a late pledge or a table booking, what the return
     policy is, "no need for a person, just tell me ...".  A first report
     of a damaged, wet or wrong parcel, of a parcel marked delivered, of a
     missing part, a misprint or a warped board gets the steps of the page
     (false).

Intent (expect.intent)
     order_status: a named order (where, status, tracking, ready for
       pickup, when a named pre-order or late pledge ships), cancelling or
       changing an order, a pre-order or a late pledge (the policy too),
       resending it.
     return_refund: returns, refunds, money back, exchanges, faulty and
       misprinted products, the missing parts service (also puzzles and
       used games with a missing part), a missing refund.
     shipping: countries, prices, times, carriers, cut-off, pickup points,
       home delivery, Åland VAT and clearance, store pickup, where spray
       primers can go, a late or uncollected parcel without an order
       number.
     product_info: games, editions and languages, expansions, sleeves,
       puzzles, miniatures and paints, roleplaying books and PDF codes,
       how pre-orders and late pledges work, and the shop's services: the
       game café and cover charge, table booking, the event room,
       tournaments and tickets, game rental, trade-in and used games,
       painting evenings, special orders.
     payment: payment methods, Klarna, MobilePay, ePassi/Smartum, charges
       and double charges, receipts and company invoices, gift cards,
       Noppa credit, discount codes, the student discount, the price
       promise, deposits that were not released.
     account: login, password, details, merging accounts, the Noppa card
       and its points, privacy and deletion, an order the customer did not
       place.
     complaint: something went wrong (damaged, wet, wrong, missing from
       the parcel, delivered-not-received, staff or players, someone
       unwell, legal threat, frustration) when the turn does not ask for a
       person.
     human_request: the judged turn only asks for a person / callback (also
       press, publisher, designer and partnership contact).  When it also
       states a concrete problem, the problem's intent is used.
     other: contact details, chat and phone hours, store and café hours
       and address, things outside the shop (weather, football, homework).
       greeting / thanks / goodbye for small talk.

Article (expect.article)
     The page that answers the judged turn.  Product facts and order facts
     come from the data (article null).  A hand-over keeps the page that
     governs the matter raised in the conversation; it is null when only a
     person is asked for or no page governs (unknown charge, an order the
     customer did not place, staff, legal, café food).

mustMention: short exact strings from the governing page (or the data when
the article is null); non-English turns use only numbers, prices, e-mail
addresses, phone numbers, web addresses and tracking numbers; a decimal
is split into its two parts ("4", "90") so that "4,90 €" and "€4.90" both
count.  Hand-overs carry none.
mustNotMention: other customers' data (their tracking numbers) and facts
the reply must not invent.
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import casekit  # the shared case helper, writer and self-check

shop = casekit.Shop("twentyninth", "t29", anon=29100, langs={"fi", "sv", "et", "ru", "de", "lv"})
c = shop.c

PH = "+358 9 6128 4470"
CAFE_PH = "+358 9 6128 4475"
MAIL = "help@noppa.fi"
PARTS = "osat@noppa.fi"
KAHVILA = "kahvila@noppa.fi"
EVENTS = "tapahtumat@noppa.fi"
PRIV = "tietosuoja@noppa.fi"
B2B = "yritys@noppa.fi"

# ---------------------------------------------------------------- small talk
for m, it, l in [
    ("hi", "greeting", "en"), ("hello there", "greeting", "en"), ("hey 🎲", "greeting", "en"),
    ("moi", "greeting", "fi"), ("hei hei", "greeting", "fi"), ("päivää", "greeting", "fi"),
    ("hej", "greeting", "sv"), ("god morgon", "greeting", "sv"),
    ("tere", "greeting", "et"), ("tervist!", "greeting", "et"),
    ("здравствуйте", "greeting", "ru"), ("привет", "greeting", "ru"),
    ("Guten Abend", "greeting", "de"), ("labdien", "greeting", "lv"), ("sveiki!", "greeting", "lv"),
    ("thanks, super helpful", "thanks", "en"), ("ty!", "thanks", "en"), ("great, thank you so much", "thanks", "en"),
    ("kiitos, tosi kiva", "thanks", "fi"), ("kiitti, auttoi", "thanks", "fi"),
    ("tack, toppen!", "thanks", "sv"), ("aitäh!", "thanks", "et"), ("спасибо, всё понятно", "thanks", "ru"),
    ("danke schön", "thanks", "de"), ("liels paldies", "thanks", "lv"),
    ("bye!", "goodbye", "en"), ("ok that's all, see you at fnm", "goodbye", "en"),
    ("heippa", "goodbye", "fi"), ("moikka, hyvää illanjatkoa", "goodbye", "fi"),
    ("hej då, ha en bra dag", "goodbye", "sv"), ("head aega", "goodbye", "et"),
    ("до свидания", "goodbye", "ru"), ("auf Wiedersehen, schönen Abend noch", "goodbye", "de"), ("visu labu, uz redzēšanos!", "goodbye", "lv"),
]:
    c(m, False, it, None, l=l)

# ------------------------------------------- contact, phone and chat hours
for m, mm, l in [
    ("number to call you?", [PH], "en"),
    ("which email reaches your support team?", [MAIL], "en"),
    ("what hours are humans answering here", ["9:00–17:00"], "en"),
    ("till when are your phones open", ["10:00–16:00"], "en"),
    ("who do I email about a missing card in my game", [PARTS], "en"),
    ("no need for a human, just give me the email for privacy stuff", [PRIV], "en"),
    ("I run a board game club at a school in Espoo, which address do we use for orders?", [B2B], "en"),
    ("where do I find the form to leave my number for a callback", ["noppa.fi/soittopyynto"], "en"),
    ("can I write to you in latvian?", ["English or Russian"], "en"),
    ("whats the cafés number, not the shop one", [CAFE_PH], "en"),
    ("mihin numeroon voin soittaa?", [PH], "fi"),
    ("vad är ert telefonnummer?", [PH], "sv"),
    ("mis on teie e-posti aadress?", [MAIL], "et"),
    ("по какому номеру вам звонить?", [PH], "ru"),
    ("вы отвечаете на письма на русском?", [MAIL], "ru"),
    ("kāds ir jūsu tālruņa numurs?", [PH], "lv"),
    ("vai varu jums rakstīt latviski?", [], "lv"),
]:
    c(m, False, "other", "contact", mm, l=l)

# ------------------------------------------------ store, café, hours
for m, mm, l in [
    ("exact address of the shop pls", ["Fredrikinkatu 47"], "en"),
    ("sundays open?", ["12:00–17:00"], "en"),
    ("friday night, how late is the café open?", ["12:00–01:00"], "en"),
    ("christmas eve hours for the shop?", ["10:00–14:00"], "en"),
    ("my friend uses a wheelchair, can she get down to the café?", ["lift"], "en"),
    ("can I bring my dog to the game café", ["assistance dogs"], "en"),
    ("mihin aikaan kauppa aukeaa lauantaina?", ["10:00"], "fi"),
    ("mikä on kaupan osoite?", ["47"], "fi"),
    ("när stänger butiken på vardagar?", ["20:00"], "sv"),
    ("mis kell pood pühapäeval avatakse?", ["12:00"], "et"),
    ("до скольки работает кафе в субботу?", ["01:00"], "ru"),
    ("Wann hat der Laden am Samstag geöffnet?", ["10:00–18:00"], "de"),
    ("cikos atveras veikals darba dienās?", ["11:00"], "lv"),
]:
    c(m, False, "other", "store", mm, l=l)
c("can i try a game in the store before buying it?", False, "product_info", "store", ["demo tables"])
c("voiko netistä ostetun avaamattoman pelin vaihtaa kaupan tiskillä?", False, "return_refund", "store", [], l="fi")

# ---------------------------------------------------------- outside the shop
for m, l in [
    ("will it rain in helsinki tomorrow", "en"),
    ("who won the HJK game yesterday?", "en"),
    ("can you solve 3x + 7 = 22 for me, it's for my homework", "en"),
    ("millainen sää on huomenna Tampereella?", "fi"),
    ("kuka voitti eilen Leijonien pelin?", "fi"),
    ("kas nädalavahetusel sajab Pärnus vihma?", "et"),
    ("какая погода будет в выходные в Хельсинки?", "ru"),
    ("Wie ist das Derby Schalke gegen Dortmund ausgegangen?", "de"),
    ("kāds laiks būs Rīgā nedēļas nogalē?", "lv"),
]:
    c(m, False, "other", None, l=l)

# ------------------------------------------------------------------ shipping
for m, mm, l in [
    ("postage inside finland?", ["€4.90"], "en"),
    ("how much do i need to spend to skip postage", ["€79"], "en"),
    ("sweden delivery cost", ["€11.90"], "en"),
    ("can you ship to oslo?", ["Norway"], "en"),
    ("how long does delivery to stockholm take", ["2–5 working days"], "en"),
    ("ordering at 13:30 on a tuesday, same-day dispatch?", ["14:00"], "en"),
    ("I'm in Riga, how much is delivery and is it ever free?", ["€120"], "en"),
    ("germany: do you deliver there, price?", ["€16.90"], "en"),
    ("can you deliver to my door instead of a parcel locker", ["€9.90"], "en"),
    ("the kickstarter box is huge, will it even fit in a parcel locker?", ["pickup point"], "en"),
    ("paljonko postikulut on?", ["4", "90"], "fi"),
    ("paljonko pitää tilata että ei tule postikuluja?", ["79"], "fi"),
    ("kauanko toimitus kestää Ouluun?", ["1–3"], "fi"),
    ("hur mycket kostar leveransen till Uppsala?", ["11", "90"], "sv"),
    ("skickar ni till Norge?", [], "sv"),
    ("kui palju maksab saatmine Eestisse?", ["7", "90"], "et"),
    ("сколько стоит доставка в Эстонию?", ["7", "90"], "ru"),
    ("доставляете в Латвию? сколько дней идёт посылка?", ["3–5"], "ru"),
    ("Was verlangt ihr fürs Verschicken nach Hamburg?", ["16", "90"], "de"),
    ("cik maksā piegāde uz Latviju?", ["9", "90"], "lv"),
]:
    c(m, False, "shipping", "shipping", mm, l=l)

# -------------------------------------------------------------------- Åland
for m, mm, l in [
    ("why do the prices drop when I pick åland as the address", ["without Finnish VAT"], "en"),
    ("do i pay anything when the parcel arrives in mariehamn", ["€6.90"], "en"),
    ("can you send black spray primer to Åland?", ["cannot be sent to Åland"], "en"),
    ("I sent a return from Åland, how do I get the import VAT back?", ["return confirmation"], "en"),
    ("frakten till Mariehamn, vad kostar den?", ["9", "90"], "sv"),
    ("måste jag betala moms när paketet kommer till Mariehamn?", ["6", "90"], "sv"),
    ("Ahvenanmaalle tilatessa, pitääkö maksaa jotain perillä?", ["6", "90"], "fi"),
]:
    c(m, False, "shipping", "aland", mm, l=l)

# -------------------------------------------------------------- store pickup
for m, mm, l in [
    ("how soon after ordering can I collect from the shop?", ["2 hours"], "en"),
    ("what if I can't come and pick it up for a week or two?", ["14 days"], "en"),
    ("I'm away, can my flatmate collect my order?", ["pickup code"], "en"),
    ("can I pay when I come to get it?", ["€300"], "en"),
    ("I live in Tallinn but I'm in Helsinki a lot, could I collect spray primers at your shop?", ["outside mainland Finland"], "en"),
    ("voiko tilauksen noutaa myymälästä?", [], "fi"),
    ("kauanko noutotilaus odottaa kaupassa?", ["14"], "fi"),
    ("можно забрать заказ в магазине? когда он будет готов?", ["2"], "ru"),
]:
    c(m, False, "shipping", "store-pickup", mm, l=l)

# ------------------------------------------------- order changes, the policy
for m, mm, l in [
    ("not changing anything yet, but what's the window for edits after I order?", ["1 hour"], "en"),
    ("is there a button in my account to edit the delivery address after I've paid?", ["cannot change or cancel"], "en"),
    ("if an order gets cancelled, when is the money back", ["3–5 working days"], "en"),
    ("is it possible to get the in-stock stuff sent before my preorder comes out?", ["shipping price again"], "en"),
    ("can I cancel a pre-order?", ["free of charge"], "en"),
    ("kuinka pitkään tilauksen voi perua?", ["14:00"], "fi"),
    ("hinner jag ändra något i ordern en timme efter köpet?", ["1"], "sv"),
    ("Gibt es im Kundenkonto eine Funktion zum Stornieren?", [PH], "de"),
]:
    c(m, False, "order_status", "order-changes" if "pre-order" not in m else "preorders", mm, l=l)
for m, mm, l in [
    ("can i cancel a late pledge if I change my mind?", ["15%"], "en"),
    ("voiko myöhäisen pledgen perua?", ["14"], "fi"),
    ("можно ли отменить поздний пледж?", ["14", "15%"], "ru"),
]:
    c(m, False, "order_status", "late-pledges", mm, l=l)

# ------------------------------------------------------------------- returns
for m, mm, l in [
    ("return rules?", ["30 days"], "en"),
    ("played catan once, not our thing, can it go back?", ["cannot be returned"], "en"),
    ("can i return an opened booster pack? didn't get anything good", ["opened packs cannot be returned"], "en"),
    ("no account, ordered as guest - how do I send stuff back", ["noppa.fi/palautus"], "en"),
    ("sending back from Malmö, who pays the label?", ["€7.90"], "en"),
    ("once my return reaches you, how many days until the refund?", ["14 days"], "en"),
    ("got a game as a present and already have it, still in shrink, can I swap it in the shop?", ["exchange unopened products"], "en"),
    ("if i send back the whole order do i get the postage back too", ["original shipping price"], "en"),
    ("mikä on palautusoikeus?", ["30"], "fi"),
    ("paljonko palautus maksaa Ruotsista?", ["7", "90"], "fi"),
    ("kuidas ma saan toote tagastada?", ["noppa.fi/palautus"], "et"),
    ("можно вернуть нераспечатанную игру? сколько дней есть?", ["30"], "ru"),
    ("vai varu atgriezt neatvērtu spēli?", ["30"], "lv"),
]:
    c(m, False, "return_refund", "returns", mm, l=l)

# ------------------------------ damaged, wet or wrong parcels: first report
for m, mm, it, l in [
    ("the wingspan box arrived with all 4 corners crushed", ["15% refund"], "complaint", "en"),
    ("parcel was soaking wet when I got it out of the locker, the game box is soft", ["dry"], "complaint", "en"),
    ("you sent me alias in swedish, I ordered the finnish one", ["14 days"], "complaint", "en"),
    ("only got half my order, the sleeves aren't in the box", ["split"], "complaint", "en"),
    ("i collect games and the box has a dent, I want a perfect one", ["mint-condition"], "complaint", "en"),
    ("peli tuli rikki, laatikko ihan lytyssä", ["7"], "complaint", "fi"),
    ("paketet kom fram trasigt, spelkartongen är intryckt", ["7"], "complaint", "sv"),
    ("pakk oli läbimärg ja mängukarp on kahjustatud", ["noppa.fi/vahinko"], "complaint", "et"),
    ("коробка пришла помятая, углы разбиты", ["15"], "complaint", "ru"),
    ("paka atnāca bojāta, spēles kaste saspiesta", ["7"], "complaint", "lv"),
]:
    c(m, False, it, "damaged-parcels", mm, l=l)

# --------------------------------------------- late or lost: first report
for m, mm, it, l in [
    ("tracking says delivered but my locker is empty", ["next working day"], "complaint", "en"),
    ("tracking stuck on in transit since last wednesday", ["5 working days"], "shipping", "en"),
    ("forgot to pick up my parcel from the posti point, what happens now", ["7 days"], "shipping", "en"),
    ("oops, wrong postcode on a parcel that's already been sent", ["OmaPosti"], "shipping", "en"),
    ("seurannan mukaan toimitettu mutta pakettiautomaatissa ei ole mitään", [], "complaint", "fi"),
    ("paketti on jumissa, seuranta ei ole päivittynyt viikkoon", ["5"], "shipping", "fi"),
    ("jälgimise järgi on pakk kohale toimetatud, aga mul seda pole", [], "complaint", "et"),
    ("по трекингу посылка доставлена, но её нигде нет", [], "complaint", "ru"),
    ("sūtījums izsekošanā nekustas jau nedēļu", ["10"], "shipping", "lv"),
]:
    c(m, False, it, "delivery-problems", mm, l=l)

# ------------------------------------------- faulty, misprinted: first report
for m, mm, l in [
    ("some cards in my new game are misprinted, the text is cut off at the bottom", ["noppa.fi/vika"], "en"),
    ("the board of my new game won't lie flat", ["48 hours"], "en"),
    ("my light-up dice tower stopped working after 4 months", ["2 years"], "en"),
    ("paint pot was dried out when I opened it, bought it 2 months ago", ["12 months"], "en"),
    ("pelilauta on vääntynyt, mitä teen?", ["48"], "fi"),
    ("korteissa on painovirhe", ["noppa.fi/vika"], "fi"),
    ("в игре бракованные карты, что делать?", [MAIL], "ru"),
]:
    c(m, False, "return_refund", "faulty-products", mm, l=l)

# ------------------------------------------------------------------- payment
for m, mm, l in [
    ("how can i pay", ["MobilePay"], "en"),
    ("paypal?", ["PayPal"], "en"),
    ("can I split the payment with klarna", ["3 interest-free instalments"], "en"),
    ("I see two payments for one order, was I charged twice?", ["reservation"], "en"),
    ("can I use my ePassi culture benefit for the cover charge?", ["ePassi"], "en"),
    ("does the money leave my card right away when I order?", ["charged when the order is dispatched"], "en"),
    ("can I pay with an estonian bank link?", ["Montonio"], "en"),
    ("käykö Smartum-kulttuuriseteli pelien ostamiseen?", [], "fi"),
    ("funkar Swish hos er?", [], "sv"),
    ("можно оплатить картой эстонского банка?", [], "ru"),
    ("vai var maksāt ar Latvijas banku?", [], "lv"),
]:
    c(m, False, "payment", "payment", mm, l=l)

# ------------------------------------------------------------------ invoices
for m, mm, l in [
    ("need a receipt for my order, where's it?", ["Download receipt"], "en"),
    ("we're a school and need to pay by invoice", ["€50"], "en"),
    ("forgot to put our company's business ID on the order, can it still be added?", ["30 days"], "en"),
    ("we're an estonian company with a VAT number, do we pay finnish VAT?", ["reverse charge"], "en"),
    ("voiko kirjasto maksaa laskulla?", ["50"], "fi"),
    ("kan vi få faktura till vårt företag?", [B2B], "sv"),
]:
    c(m, False, "payment", "invoices", mm, l=l)

# ---------------------------------------------------------------- gift cards
for m, mm, l in [
    ("is there an expiry date on noppa gift cards?", ["24 months"], "en"),
    ("can i use a gift card in the café too?", ["game café"], "en"),
    ("how do I check the balance on my lahjakortti", ["Check balance"], "en"),
    ("where do I see the credit I got for trading in my games", ["My credit"], "en"),
    ("vanheneeko lahjakortti?", ["24"], "fi"),
    ("går presentkort ut efter en viss tid?", ["24"], "sv"),
    ("можно купить подарочную карту на 100 евро?", ["200"], "ru"),
]:
    c(m, False, "payment", "gift-cards", mm, l=l)

# -------------------------------------- discount codes, students, price promise
for m, mm, l in [
    ("where does the promo code go at checkout", ["Discount code"], "en"),
    ("does TERVETULOA10 work on the pokemon elite trainer box?", ["trading card"], "en"),
    ("paid already but forgot the discount code, can it still count?", ["cannot be added after the order is paid"], "en"),
    ("any discount for uni students", ["10% off"], "en"),
    ("another finnish shop has wingspan cheaper, do you price match?", ["match the price"], "en"),
    ("got a 20% off code from some voucher website, says invalid", ["coupon sites"], "en"),
    ("onko teillä opiskelija-alennusta?", ["10"], "fi"),
    ("miten hintalupaus toimii jos hinta laskee ostoksen jälkeen?", ["7"], "fi"),
    ("kas üliõpilastele on allahindlus?", ["10"], "et"),
    ("почему промокод не работает на предзаказ?", [], "ru"),
]:
    c(m, False, "payment", "discount-codes", mm, l=l)

# ------------------------------------------------------------------- account
for m, mm, l in [
    ("cant remember my pasword", ["Forgot password?"], "en"),
    ("the link in the password email says it's no longer valid", ["60 minutes"], "en"),
    ("typed the wrong password a bunch of times, now it won't let me in", ["30 minutes"], "en"),
    ("new email, how do I update it on my account", ["My details"], "en"),
    ("if I sign up now, will my old guest orders show up?", ["same e-mail address"], "en"),
    ("salasana hukassa", ["60"], "fi"),
    ("jag har glömt mitt lösenord", [], "sv"),
    ("unustasin parooli", ["60"], "et"),
    ("забыл пароль, что делать?", ["60"], "ru"),
]:
    c(m, False, "account", "account", mm, l=l)

# ------------------------------------------------------------------- privacy
for m, mm, l in [
    ("want my noppa account gone, how", ["Delete account"], "en"),
    ("after deleting, is my purchase history really gone or do you keep some of it?", ["6 years"], "en"),
    ("are my tournament results public?", ["player ID"], "en"),
    ("how long do you keep the camera footage from the café?", ["30 days"], "en"),
    ("miten poistan tilini?", ["30"], "fi"),
    ("haluan tietää mitä tietoja teillä on minusta", [PRIV], "fi"),
    ("где удалить свой аккаунт?", ["30"], "ru"),
]:
    c(m, False, "account", "privacy", mm, l=l)

# ----------------------------------------------------------- the Noppa card
for m, mm, l in [
    ("how does the noppa card work", ["1 point for every €1"], "en"),
    ("what do 200 points get me", ["€10 voucher"], "en"),
    ("bought stuff at the counter yesterday without scanning my noppa card, lost those points?", ["14 days"], "en"),
    ("do I get points on tournament tickets?", ["No points"], "en"),
    ("is every 10th café visit really free?", ["10th café visit"], "en"),
    ("paljonko pelimaksu on kanta-asiakkaalle?", ["5"], "fi"),
    ("hur många poäng får jag per euro?", ["1"], "sv"),
    ("сгорают ли бонусные баллы?", ["12"], "ru"),
]:
    c(m, False, "account", "loyalty-card", mm, l=l)

# ---------------------------------------------------------------- pre-orders
for m, mm, l in [
    ("how do preorders work, do I pay now or when it comes out?", ["paid in full"], "en"),
    ("preordered something at 59.90, if you lower the price before launch am I stuck paying the old one?", ["refund the difference"], "en"),
    ("the release date of the game i preordered moved AGAIN, why does that happen", ["estimate"], "en"),
    ("will magic preorders arrive on release day?", ["2 working days before"], "en"),
    ("I put a preorder and two in-stock games in one order, does it all wait?", ["waits until everything is in stock"], "en"),
    ("voiko ennakkotilauksen hakea kaupasta julkaisupäivänä?", ["12:00"], "fi"),
    ("kas ettetellimuse eest tuleb kohe maksta?", [], "et"),
    ("если цена на предзаказ снизится, вернёте разницу?", [], "ru"),
]:
    c(m, False, "product_info", "preorders", mm, l=l)

# ------------------------------------------------------------ late pledges
for m, mm, l in [
    ("what's a late pledge and do I pay customs on it?", ["no customs charges"], "en"),
    ("crowdfunding games are always late, how late usually?", ["2–6 months"], "en"),
    ("can I add the add-ons later or do I have to decide now?", ["locked"], "en"),
    ("I backed a game directly on kickstarter and it never came, can you help?", ["campaign page"], "en"),
    ("mikä on late pledge ja miten se toimitetaan?", [], "fi"),
]:
    c(m, False, "product_info", "late-pledges", mm, l=l)

# ------------------------------------------------------------------ the café
for m, mm, l in [
    ("how much does it cost to play in the café", ["€6"], "en"),
    ("is there a time limit once we've paid the cover charge?", ["as long as you like"], "en"),
    ("can we bring our own games", ["cover charge still applies"], "en"),
    ("does my 5 year old have to pay to come in?", ["free"], "en"),
    ("are we allowed to bring our own snacks", ["not allowed"], "en"),
    ("paljonko pelimaksu on?", ["6"], "fi"),
    ("vad kostar det att spela i kaféet?", ["6"], "sv"),
    ("сколько стоит вход в игровое кафе для студентов?", ["4"], "ru"),
    ("cik maksā ieeja spēļu kafejnīcā?", ["6"], "lv"),
]:
    c(m, False, "product_info", "cafe", mm, l=l)

# ------------------------------------------------------------- table booking
for m, mm, l in [
    ("how do I book a table for saturday night", ["noppa.fi/poyta"], "en"),
    ("how long can we keep a booked table on a friday evening?", ["4 hours"], "en"),
    ("we're 8 people on saturday, is there a deposit?", ["€20 deposit"], "en"),
    ("how do I cancel a table booking?", ["link in your confirmation e-mail"], "en"),
    ("miten varaan pöydän kahvilasta?", ["noppa.fi/poyta"], "fi"),
    ("kan man boka bord för sex personer på fredag?", ["20"], "sv"),
    ("как забронировать стол на пятницу?", ["noppa.fi/poyta"], "ru"),
    ("kas lauda saab broneerida telefoni teel?", [CAFE_PH], "et"),
]:
    c(m, False, "product_info", "table-booking", mm, l=l)

# ----------------------------------------------------------- event room
for m, mm, l in [
    ("how much is the private room on a saturday", ["€70 per hour"], "en"),
    ("do you do kids birthday parties?", ["€260"], "en"),
    ("we'd like a team game night for our company, can you invoice us?", ["invoice"], "en"),
    ("what if we cancel the room 3 days before?", ["deposit is kept"], "en"),
    ("paljonko Tornihuone maksaa arkena?", ["45"], "fi"),
    ("lasten synttärit teillä, paljonko maksaa?", ["260"], "fi"),
    ("Was kostet ein Spieleleiter für unsere Feier?", ["35"], "de"),
]:
    c(m, False, "product_info", "event-room", mm, l=l)

# ------------------------------------------------- tournaments and tickets
for m, mm, l in [
    ("when is friday night magic and how much", ["18:30"], "en"),
    ("can i get my money back for my fnm ticket, can't make it tomorrow", ["48 hours"], "en"),
    ("do I need sleeves for the lorcana league", ["sleeves are required"], "en"),
    ("never played a magic tournament, what do I need", ["Wizards account"], "en"),
    ("when is the next warhammer tournament", ["first Saturday of the month"], "en"),
    ("until when can I register on the night", ["15 minutes"], "en"),
    ("milloin on One Piece -turnaus?", ["18:00"], "fi"),
    ("millal toimub Lorcana liiga?", ["18:00"], "et"),
    ("можно отдать свой билет на турнир другу?", [EVENTS], "ru"),
    ("cik maksā Warhammer turnīrs?", ["25"], "lv"),
]:
    c(m, False, "product_info", "events", mm, l=l)

# --------------------------------------------- missing parts: first report
for m, mm, l in [
    ("one of the meeples is missing from my new carcassonne", [PARTS], "en"),
    ("how long does it take to get a missing card from the publisher", ["2–6 weeks"], "en"),
    ("bought a game at prisma and a tile is missing, can you help", ["spare-part form"], "en"),
    ("my dog chewed one of the catan roads lol, can I buy a single piece?", ["€3"], "en"),
    ("my booster didn't have the card i wanted, is that a missing part?", ["random"], "en"),
    ("pelistä puuttuu kortteja, mitä teen?", [PARTS], "fi"),
    ("в новой игре не хватает фишек", [PARTS], "ru"),
    ("In meinem neuen Spiel fehlt eine Karte", [PARTS], "de"),
]:
    c(m, False, "return_refund", "missing-parts", mm, l=l)

# ---------------------------------------------------------------- sleeves
for m, mm, l in [
    ("what size sleeves for catan", ["56 x 82"], "en"),
    ("sleeves for ticket to ride?", ["Mini European"], "en"),
    ("what's double sleeving", ["perfect-fit inner sleeve"], "en"),
    ("can I return an opened pack of sleeves? wrong size", ["cannot be returned"], "en"),
    ("minkä kokoiset suojamuovit Dixitiin?", ["82 x 124"], "fi"),
    ("vilken storlek på kortfickor passar Wingspan?", ["59 x 92"], "sv"),
    ("какие протекторы нужны для карт покемон?", ["66 x 91"], "ru"),
]:
    c(m, False, "product_info", "sleeves", mm, l=l)

# ---------------------------------------------------------------- puzzles
for m, mm, it, l in [
    ("how big is a 1000 piece puzzle when done", ["70 x 50 cm"], "product_info", "en"),
    ("a piece is missing from my puzzle, just finished it", [PARTS], "return_refund", "en"),
    ("can i return a puzzle we finished, it was way too easy", ["not even a finished one"], "return_refund", "en"),
    ("palapelistä puuttuu yksi pala", [PARTS], "return_refund", "fi"),
    ("minkä kokoinen 2000 palan palapeli on valmiina?", ["98 x 75"], "product_info", "fi"),
    ("с какого возраста пазл на 500 деталей?", ["10"], "product_info", "ru"),
]:
    c(m, False, it, "puzzles", mm, l=l)

# --------------------------------------------------- miniatures and paints
for m, mm, it, l in [
    ("can you ship spray primer to stockholm", ["not to Åland, Sweden"], "shipping", "en"),
    ("why can't the primer go to a parcel locker", ["not to parcel lockers"], "shipping", "en"),
    ("my paints arrived frozen solid", ["24 hours"], "product_info", "en"),
    ("when is the painting evening", ["Tuesdays 17:00–21:00"], "product_info", "en"),
    ("can you paint my space marines for me? happy to pay", ["painting service"], "product_info", "en"),
    ("is warhammer ok for a 10 year old?", ["under 14"], "product_info", "en"),
    ("voiko spraypohjamaalin tilata pakettiautomaattiin?", [], "shipping", "fi"),
    ("можно заказать грунтовку в баллончике в Таллин?", [], "shipping", "ru"),
]:
    c(m, False, it, "miniatures-paints", mm, l=l)

# ------------------------------------------------------------ roleplaying
for m, mm, l in [
    ("do I get the pdf if I buy the myrskyn aika book?", ["PDF code"], "en"),
    ("are the D&D books in finnish?", ["English only"], "en"),
    ("never played D&D, can I still join roleplaying monday?", ["beginner one-shot"], "en"),
    ("paljonko roolipelimaanantai maksaa pelaajalle?", ["4"], "fi"),
    ("milloin saan PDF-koodin kirjan ostamisen jälkeen?", ["2"], "fi"),
]:
    c(m, False, "product_info", "rpg", mm, l=l)

# ------------------------------------------------------------- used games
for m, mm, it, l in [
    ("do you buy used board games?", ["trade-in counter"], "product_info", "en"),
    ("how much do you pay for used games", ["20–35%"], "product_info", "en"),
    ("can I mail you my old games to sell?", ["by post"], "product_info", "en"),
    ("do you take pokemon cards at the trade-in?", ["trading cards"], "product_info", "en"),
    ("bought a used game from you and one card is missing", ["20%"], "return_refund", "en"),
    ("ostatteko käytettyjä pelejä?", ["12:00–18:00"], "product_info", "fi"),
    ("покупаете б/у настольные игры? сколько платите?", ["20–35%"], "product_info", "ru"),
]:
    c(m, False, it, "trade-in", mm, l=l)

# -------------------------------------------------------------- game rental
for m, mm, l in [
    ("can I rent a game for the weekend?", ["€9"], "en"),
    ("how much is the deposit to rent a game", ["€30"], "en"),
    ("can you mail me a rental game? I live in Turku", ["do not ship rental games"], "en"),
    ("if we love the rental and buy it, do we pay twice?", ["rental price is deducted"], "en"),
    ("сколько стоит взять игру напрокат на неделю?", ["15"], "ru"),
]:
    c(m, False, "product_info", "game-rental", mm, l=l)

# ------------------------------------------------ language editions, special orders
for m, mm, l in [
    ("is your ticket to ride europe in english?", ["Nordic"], "en"),
    ("do you have catan in russian?", ["Russian editions"], "en"),
    ("will the catan 5-6 extension fit my catan from 2010?", ["before 2015"], "en"),
    ("can you order a game you don't have?", ["Special orders"], "en"),
    ("what does multilingual mean on azul", ["no text on the components"], "en"),
    ("есть ли у вас правила на русском?", [], "ru"),
    ("vai jums ir spēles latviešu valodā?", [], "lv"),
]:
    c(m, False, "product_info", "game-editions", mm, l=l)

# ------------------------------------------------- products (data answers)
for m, mm, l in [
    ("how much is wingspan", ["64.9"], "en"),
    ("how many players is spirit island", ["1–4"], "en"),
    ("price of the black spray primer 400 ml?", ["15.9"], "en"),
    ("how many boosters in the foundations box", ["36"], "en"),
    ("how big is the aurora 2000 puzzle", ["98 x 75 cm"], "en"),
    ("what comes in the pokemon elite trainer box", ["9 booster packs"], "en"),
    ("how long does a game of ticket to ride take", ["30–60 min"], "en"),
    ("when does revontuli come out", ["March 2026"], "en"),
    ("paljonko Catan maksaa?", ["44", "9"], "fi"),
    ("finns Alias på svenska?", ["34", "9"], "sv"),
    ("kui palju maksab Azul?", ["39", "9"], "et"),
    ("сколько стоит Gloomhaven Jaws of the Lion?", ["54", "9"], "ru"),
    ("Was kostet Spirit Island?", ["79", "9"], "de"),
    ("cik maksā Dixit?", ["34", "9"], "lv"),
]:
    c(m, False, "product_info", None, mm, l=l)
c("is the wingspan european expansion in stock?", False, "product_info", None)

# ------------------------------------------------------- order status (data)
for m, mm, l, cu in [
    ("any news on NP-884213?", ["JJFI64318210457720"], "en", "u29001"),
    ("np884213 tracking?", ["JJFI64318210457720"], "en", "u29001"),
    ("tilaus 884213, missä mennään?", ["JJFI64318210457720"], "fi", "u29001"),
    ("did my carcassonne from september arrive?", ["delivered"], "en", "u29001"),
    ("hur långt har NP 884230 kommit?", ["00373500581234418821"], "sv", "u29002"),
    ("has #884230 left yet? ticket to ride + sleeves", ["shipped"], "en", "u29002"),
    ("kus on minu tellimus NP-884241?", ["CE473920915EE"], "et", "u29003"),
    ("has the money for NP-884188 been sent back?", ["refunded"], "en", "u29004"),
    ("has my catan order 884255 shipped yet?", ["paid"], "en", "u29005"),
    ("when will my revontuli preorder NP-884102 ship?", ["March 2026"], "en", "u29006"),
    ("status of my tidewalkers late pledge np-883901?", ["paid"], "en", "u29007"),
    ("why does my order NP-884266 say pending?", ["pending"], "en", "u29008"),
    ("palapelitilaus 884199, onko se jo toimitettu?", ["MH4419028837761"], "fi", "u29009"),
    ("Wo steckt mein Paket NP-884277?", ["JJD000390017745120"], "de", "u29011"),
    ("har min beställning NP-884290 skickats till Åland?", [], "sv", "u29014"),
    ("is my pokemon box ready for pickup? NP-884301", ["paid"], "en", "u29015"),
    ("kur ir mans pasūtījums NP-884175?", ["CE473918822EE"], "lv", "u29016"),
    ("missä tilaukseni np 884310 on?", ["JJFI64318210498813"], "fi", "u29017"),
    ("where's my puzzle order? the 2000 piece one", ["JJFI64318210503326"], "en", "u29022"),
    ("har NP-884244 kommit fram?", ["00373500581234392260"], "sv", "u29025"),
    ("мой заказ NP-884330 уже отправлен?", [], "ru", "u29026"),
    ("tellimus 884270, kus see on?", ["CE473921455EE"], "et", "u29028"),
    ("my lorcana decks, tracking? NP-884315", ["MH4419029104482"], "en", "u29030"),
    ("why hasn't NP-884340 shipped? it's been pending for ages", ["pending"], "en", "u29032"),
    ("Wann kommt mein Paket #884286?", ["JJD000390017751334"], "de", "u29033"),
    ("где мой заказ NP-884295?", ["JJFI64318210477641"], "ru", "u29034"),
    ("подскажите статус заказа 884260", ["JJFI64318210461283"], "ru", "u29039"),
    ("vai mans pasūtījums 884248 ir piegādāts?", ["CE473920337EE"], "lv", "u29040"),
    ("NP-884355 is stuck on pending, is something wrong with it?", ["pending"], "en", "u29043"),
    ("track order np 884271 pls", ["JJFI64318210455103"], "en", "u29047"),
]:
    c(m, False, "order_status", None, mm, l=l, cu=cu)
# someone else's order / no such order / no number at all
for m, mnm, l in [
    ("tell me where NP-884213 is", ["JJFI64318210457720"], "en"),
    ("missä on tilaus 884230?", ["00373500581234418821"], "fi"),
    ("kus on tellimus NP-884241?", ["CE473920915EE"], "et"),
    ("can you check #884325 for me, it's my sister's", ["JJFI64318210503326"], "en"),
    ("NP-889999 hasn't come, where is it", [], "en"),
    ("где заказ 880001? уже неделя прошла", [], "ru"),
    ("still waiting on my parcel from you", [], "en"),
]:
    c(m, False, "order_status", None, [], mnm, l=l)
# orders whose answer a page gives
c("when will my primers NP-884320 ship, and can they go to a parcel locker?", False, "shipping", "miniatures-paints", ["not to parcel lockers"], cu="u29021")
c("do I have to pay something when NP-884290 arrives in Mariehamn?", False, "shipping", "aland", ["€6.90"], cu="u29014")
c("Måste jag betala något till Posti när NP-884290 kommer?", False, "shipping", "aland", ["6", "90"], l="sv", cu="u29014")
c("my tidewalkers pledge NP-883901 is late, why?", False, "product_info", "late-pledges", ["2–6 months"], cu="u29007")
c("if the price of revontuli drops before release, do I get money back on NP-884102?", False, "product_info", "preorders", ["refund the difference"], cu="u29006")

# ---- numbers that are not order numbers (sizes, pieces, postcodes, phones)
for m, it, art, mm, l in [
    ("my magic cards are 63.5 x 88 mm, which sleeves fit?", "product_info", "sleeves", ["66 x 91"], "en"),
    ("is a 1500 piece puzzle too big for a 120 x 90 cm table?", "product_info", "puzzles", ["80 x 60 cm"], "en"),
    ("I live in 02600 Espoo, how much is home delivery?", "shipping", "shipping", ["€9.90"], "en"),
    ("my number is 040 884 2213, can I use it instead of the card at the counter?", "account", "loyalty-card", ["phone number"], "en"),
    ("is the 2024 player's handbook 384 pages?", "product_info", None, ["384"], "en"),
    ("onko 10 x 18 ml maalisetti 34,90?", "product_info", None, ["34", "9"], "fi"),
    ("Catan kārtis ir 54 x 80 mm, kāda izmēra aizsargvāciņi der?", "product_info", "sleeves", ["56 x 82"], "lv"),
    ("Ich wohne in 10115 Berlin, was kostet der Versand?", "shipping", "shipping", ["16", "90"], "de"),
    ("корзина на 79,80 евро — доставка по Финляндии бесплатная?", "shipping", "shipping", ["79"], "ru"),
]:
    c(m, False, it, art, mm, l=l)

# ============================================================ hand-overs
# --------------------------------------------- explicit asks for a person
for m, l in [
    ("can I chat with an actual employee", "en"),
    ("someone from staff pls", "en"),
    ("live agent", "en"),
    ("transfer me to staff pls", "en"),
    ("any real human reading this?", "en"),
    ("could somebody ring me? 040 715 3382", "en"),
    ("I'd like the shop manager on the line", "en"),
    ("can I talk to Aino? she helped me at the counter last week", "en"),
    ("put me through to someone who actually knows warhammer", "en"),
    ("I would like to speak with a member of staff regarding a recent purchase, please.", "en"),
    ("not you, bot. a colleague of yours.", "en"),
    ("could one of your game guides give me a call?", "en"),
    ("onko mahdollista jutella ihan oikean työntekijän kanssa?", "fi"),
    ("haluan puhua asiakaspalvelijalle", "fi"),
    ("saisinko ihmisen linjoille", "fi"),
    ("voisiko joku soittaa minulle? 050 412 7789", "fi"),
    ("yhdistäkää asiakaspalveluun kiitos", "fi"),
    ("haluan puhua esihenkilön kanssa", "fi"),
    ("får jag prata med en levande person?", "sv"),
    ("finns det någon i butiken jag kan prata med?", "sv"),
    ("vill någon ringa mig i eftermiddag?", "sv"),
    ("kas siin on võimalik elava inimesega suhelda?", "et"),
    ("palun ühendage mind klienditeenindajaga", "et"),
    ("palun helistage mulle tagasi, kui võimalik", "et"),
    ("а с человеком можно пообщаться?", "ru"),
    ("соедините с оператором, пожалуйста", "ru"),
    ("прошу перезвонить мне", "ru"),
    ("позовите менеджера магазина", "ru"),
    ("Ist jemand vom Team erreichbar? Ich hätte gern ein persönliches Gespräch.", "de"),
    ("Bitte rufen Sie mich zurück.", "de"),
    ("vai šeit var sarunāties ar dzīvu darbinieku?", "lv"),
    ("lūdzu, savienojiet mani ar operatoru", "lv"),
    ("vai kāds var man atzvanīt?", "lv"),
]:
    c(m, True, "human_request", None, l=l)

# -------------------------- press, publishers, designers, partnerships
for m, l in [
    ("I'm a journalist at Helsingin Sanomat writing about the board game boom, could someone from the shop talk to me?", "en"),
    ("I'm a game designer from Tampere and would love to talk to someone about selling my game in your shop", "en"),
    ("olemme pieni kustantamo ja haluaisimme keskustella yhteistyöstä, kenen kanssa voin puhua?", "fi"),
    ("jag är journalist på Hufvudstadsbladet och skulle vilja intervjua någon hos er", "sv"),
    ("oleme Tallinna lauamänguklubi ja sooviksime koostööd arutada, kellega saaks rääkida?", "et"),
]:
    c(m, True, "human_request", "contact", l=l)

# ------------------------------- cancel or change an order or a booking
for m, it, art, l, cu in [
    ("please cancel my order NP-884255", "order_status", "order-changes", "en", "u29005"),
    ("peruuttakaa tilaukseni 884255, tilasin vahingossa", "order_status", "order-changes", "fi", "u29005"),
    ("can you add a pack of catan sleeves to NP-884255 before it ships?", "order_status", "order-changes", "en", "u29005"),
    ("please change the delivery address on NP-884266, I'm moving to Turku", "order_status", "order-changes", "en", "u29008"),
    ("switch NP-884350 to store pickup please, I'm in Helsinki tomorrow anyway", "order_status", "order-changes", "en", "u29041"),
    ("kan ni skicka NP-884290 till min systers adress i Helsingfors i stället?", "order_status", "order-changes", "sv", "u29014"),
    ("please cancel my revontuli preorder NP-884102", "order_status", "preorders", "en", "u29006"),
    ("perukaa ennakkotilaus NP-884102, en tarvitse sitä enää", "order_status", "preorders", "fi", "u29006"),
    ("I want to cancel my tidewalkers late pledge NP-884345, ordered it last sunday", "order_status", "late-pledges", "en", "u29038"),
    ("add the deep tides add-on to my late pledge np883901 please", "order_status", "late-pledges", "en", "u29007"),
    ("can you send the wingspan from NP-884340 now and the expansion when it comes in?", "order_status", "order-changes", "en", "u29032"),
    ("отмените, пожалуйста, заказ NP-884330", "order_status", "order-changes", "ru", "u29026"),
    ("NP-884355 bitte komplett streichen, brauche es doch nicht", "order_status", "order-changes", "de", "u29043"),
    ("lūdzu, atceliet manu pasūtījumu, pasūtīju kļūdas pēc", "order_status", "order-changes", "lv", None),
    ("please resend my parcel, it went back to you because I didn't pick it up in time", "order_status", "delivery-problems", "en", None),
    ("skicka paketet igen, jag hann inte hämta det", "order_status", "delivery-problems", "sv", None),
    ("can you exchange the ticket to ride in NP-884222 for wingspan? it's still sealed", "return_refund", "returns", "en", "u29019"),
    ("vaihtakaa tilauksen 884199 palapeli toiseen, se on avaamaton", "return_refund", "returns", "fi", "u29009"),
    ("I want my money back for NP-884222, just refund it please", "return_refund", "returns", "en", "u29019"),
    ("верните деньги за Азул, он мне не нужен", "return_refund", "returns", "ru", "u29040"),
    ("please move my table booking tonight from 18:00 to 19:30", "product_info", "table-booking", "en", None),
    ("peruuttakaa pöytävaraukseni huomiselle, kiitos", "product_info", "table-booking", "fi", None),
    ("please transfer my FNM ticket to my friend Mikko Laine", "product_info", "events", "en", None),
    ("we booked Tornihuone for the 12th, can you add a game host to it?", "product_info", "event-room", "en", None),
    ("можете перенести мою бронь стола на субботу?", "product_info", "table-booking", "ru", None),
    ("palun tühistage minu laua broneering reedeks", "product_info", "table-booking", "et", None),
]:
    c(m, True, it, art, l=l, cu=cu)

# --------------------------------------------- things only staff can do
E = []  # (message, intent, article, lang, customer)
E += [  # double charge, unknown charge
    ("you charged me twice for NP-884180, 63.40 two times and both are booked, it's been 9 days", "payment", "payment", "en", "u29024"),
    ("teitte kaksi veloitusta samasta tilauksesta, molemmat näkyy tilillä jo toista viikkoa", "payment", "payment", "fi", None),
    ("två dragningar på kortet för en och samma order, och ingen av dem är en reservation", "payment", "payment", "sv", None),
    ("mult võeti sama tellimuse eest kaks korda raha, mõlemad on juba kontolt maha läinud", "payment", "payment", "et", None),
    ("с меня дважды списали деньги за один заказ, прошло больше недели", "payment", "payment", "ru", None),
    ("my bank statement shows a Noppa payment, but I've never bought from you", "payment", None, "en", None),
]
E += [  # charged after cancelling, refunds missing, providers disagreeing
    ("I cancelled NP-884120 and you still took the 169 euros, it's not a reservation, it's booked", "payment", "order-changes", "en", "u29012"),
    ("NP-884120 peruttiin, silti tililtäni lähti 169 euroa", "payment", "order-changes", "fi", "u29012"),
    ("my revontuli preorder NP-884060 was cancelled on 1 november and I still haven't got the 59.80 back", "payment", "preorders", "en", "u29023"),
    ("отменил заказ, а деньги всё равно списали и не вернули", "payment", "order-changes", "ru", None),
    ("returned spirit island, it says refunded since 3 november and there's nothing on my account", "return_refund", "returns", "en", "u29004"),
    ("peli on ollut teillä palautettuna jo kuukauden, hyvitystä ei näy", "return_refund", "returns", "fi", None),
    ("jag skickade tillbaka spelet för fem veckor sedan och har fortfarande inte fått pengarna", "return_refund", "returns", "sv", None),
    ("tagastasin mängu üle kuu aja tagasi, raha pole siiani tulnud", "return_refund", "returns", "et", None),
    ("Klarna keeps sending me reminders for NP-884145 which you refunded", "payment", "returns", "en", "u29042"),
    ("MobilePay says no refund was ever sent but your email says refunded", "payment", "returns", "en", None),
    ("Klarna sagt, die Rechnung ist noch offen, aber ihr habt die Bestellung storniert", "payment", "order-changes", "de", None),
    ("you cancelled the warhammer tournament 3 weeks ago and I still haven't got my 25 euros back", "payment", "events", "en", None),
    ("we cancelled Tornihuone 10 days before the party and the deposit still hasn't come back", "payment", "event-room", "en", None),
    ("returned the rental game 10 days ago but the 30 euro deposit is still held on my card", "payment", "game-rental", "en", None),
    ("vuokrapelin pantti on yhä kortilla, vaikka palautin pelin viikko sitten", "payment", "game-rental", "fi", None),
]
E += [  # credit and gift cards
    ("my noppa credit from trading in 6 games is gone from My credit, it was 48 euros", "payment", "gift-cards", "en", None),
    ("lahjakortin saldo on nolla vaikka en ole käyttänyt sitä", "payment", "gift-cards", "fi", None),
    ("I bought a €50 gift card NP-884090 for my niece, resent it twice from My orders, not in spam, she has nothing", "payment", "gift-cards", "en", "u29018"),
    ("mottagaren har fortfarande inte fått presentkortet trots två omsändningar från Mina beställningar", "payment", "gift-cards", "sv", None),
    ("mana dāvanu kartes atlikums pazuda, es to nebiju izmantojis", "payment", "gift-cards", "lv", None),
]
E += [  # account: not my order, someone else's data, deletion, locked out, merge, points
    ("there's an order NP-884205 in my account that I didn't place", "account", None, "en", "u29036"),
    ("tililleni on ilmestynyt tilaus, jota en tunnista", "account", None, "fi", None),
    ("в моём аккаунте заказ, который я не делал", "account", None, "ru", None),
    ("my account page is showing a stranger's address and phone number", "account", "privacy", "en", None),
    ("näen tililläni jonkun toisen osoitteen ja tilaukset", "account", "privacy", "fi", None),
    ("my account was deleted two months back but the newsletter still lands in my inbox every week", "account", "privacy", "en", None),
    ("pyysin tietojeni poistamista jo elokuussa eikä mitään ole tapahtunut", "account", "privacy", "fi", None),
    ("Meine Kontolöschung habe ich im September beantragt, das Konto existiert immer noch", "account", "privacy", "de", None),
    ("palusin oma andmed kustutada juba septembris, aga konto on ikka alles", "account", "privacy", "et", None),
    ("tried the reset 5 times today, the email never arrives (checked spam), and my preorder is stuck in that account", "account", "account", "en", None),
    ("återställningslänken kommer aldrig, har försökt fem gånger och kollat skräpposten", "account", "account", "sv", None),
    ("пробовал сбросить пароль 4 раза, письма нет даже в спаме", "account", "account", "ru", None),
    ("please merge my two accounts, one has my points and the other my orders", "account", "account", "en", None),
    ("my points from last month never showed up, I handed in the receipt at the counter 3 weeks ago", "account", "loyalty-card", "en", None),
]
E += [  # delivered but not here, after looking; replacements; faults not answered
    ("posti says NP-884150 was delivered on the 12th, I checked the locker app, neighbours and the lobby, nothing for a week", "complaint", "delivery-problems", "en", "u29010"),
    ("paketti merkitty toimitetuksi viikko sitten, kysyin naapureilta ja katsoin postilaatikon, ei mitään", "complaint", "delivery-problems", "fi", None),
    ("pakk märgiti kättetoimetatuks, küsisin naabritelt ja vaatasin pakiautomaati, midagi pole juba 5 päeva", "complaint", "delivery-problems", "et", None),
    ("sūtījums atzīmēts kā piegādāts, jautāju kaimiņiem un pārbaudīju pakomātu, nekā nav jau nedēļu", "complaint", "delivery-problems", "lv", None),
    ("you sent a new ticket to ride after the first was crushed, and this one is crushed as well", "complaint", "damaged-parcels", "en", "u29019"),
    ("korvaava peli tuli taas rikki, jo toinen kerta", "complaint", "damaged-parcels", "fi", None),
    ("I sent photos of the misprinted cards through noppa.fi/vika a week ago and nobody has replied", "return_refund", "faulty-products", "en", None),
    ("I reported missing cards to osat@noppa.fi 9 weeks ago and still nothing from the publisher", "return_refund", "missing-parts", "en", None),
    ("puuttuvasta osasta ilmoitin 10 viikkoa sitten eikä mitään ole kuulunut", "return_refund", "missing-parts", "fi", None),
    ("bought Myrskyn aika (NP-884112) over a week ago, still no PDF code, not in spam", "product_info", "rpg", "en", "u29031"),
]
E += [  # price promise, Åland clearance disputed
    ("bought wingspan from you 3 days ago (NP-884213) and another finnish shop has it for 54.90 now, please refund the difference", "payment", "discount-codes", "en", "u29001"),
    ("ostin Spirit Islandin viikko sitten ja nyt se on halvempi teillä itsellänne, hyvittäkää erotus", "payment", "discount-codes", "fi", None),
    ("Posti charged me 31 euros in Mariehamn for a 60 euro order, that can't be right", "shipping", "aland", "en", None),
    ("Posti vill ha 28 euro av mig för paketet till Åland, det stämmer inte", "shipping", "aland", "sv", None),
]
E += [  # staff, players, unwell, legal
    ("one of your café staff made fun of my son for losing, not ok", "complaint", None, "en", None),
    ("someone at FNM kept making comments about me all evening and the judge did nothing", "complaint", "events", "en", None),
    ("kahvilan työntekijä huusi meille eilen illalla", "complaint", None, "fi", None),
    ("my son ate a pizza in your café and now his lips are swelling, he's allergic to nuts", "complaint", None, "en", None),
    ("if my refund isn't here by friday I'm taking this to Kuluttajaneuvonta", "complaint", None, "en", None),
    ("jag vänder mig till Konsumentverket om det här inte löses", "complaint", None, "sv", None),
    ("обращусь в общество защиты прав потребителей, если не вернёте деньги", "complaint", None, "ru", None),
    ("Wenn das nicht geklärt wird, gehe ich zum Europäischen Verbraucherzentrum", "complaint", None, "de", None),
]
for m, it, art, l, cu in E:
    c(m, True, it, art, l=l, cu=cu)

# ================================================== conversations (2-4 turns)
# ---- a question is answered, then a person is asked for
for msgs, art, l in [
    (["delivery cost to Göteborg?", "ok. is there someone I could talk to about a big club order"], "shipping", "en"),
    (["do you do kids birthday parties?", "great, can someone call me to plan it?"], "event-room", "en"),
    (["how do late pledges work", "hmm, I'd like to talk to a person before I pay 149 euros"], "late-pledges", "en"),
    (["do you take returns on unopened stuff", "alright, now please put me through to a person"], "returns", "en"),
    (["when is the warhammer tournament?", "can I speak to whoever organises it?"], "events", "en"),
    (["how much do you pay for used games", "ok I have about 40 games, can someone from the trade-in side ring me?"], "trade-in", "en"),
    (["students get anything off?", "thanks. could a person still call me, it's about our university game society"], "discount-codes", "en"),
    (["is there any way to sell you my old games?", "you offered me 12 euros for a complete gloomhaven yesterday. I want to talk to whoever decides that"], "trade-in", "en"),
    (["mitä maksaa lähettää Tukholmaan?", "okei. saanko yhteyden johonkin teistä?"], "shipping", "fi"),
    (["mikä on palautusoikeus?", "haluaisin kuitenkin jutella asiasta jonkun työntekijän kanssa"], "returns", "fi"),
    (["miten kanta-asiakaskortti toimii?", "voisitteko soittaa minulle asiasta?"], "loyalty-card", "fi"),
    (["paljonko Tornihuone maksaa viikonloppuna?", "okei, yhdistä ihmiselle"], "event-room", "fi"),
    (["vad kostar ert festrum?", "kan någon ringa mig så vi kan boka?"], "event-room", "sv"),
    (["hur fungerar förhandsbeställningar?", "tack, men jag föredrar att prata med personalen"], "preorders", "sv"),
    (["kui palju maksab saatmine Eestisse?", "kas ma saan kellegagi rääkida?"], "shipping", "et"),
    (["kuidas tagastamine käib?", "tahaksin siiski inimesega rääkida"], "returns", "et"),
    (["во сколько обойдётся доставка в Ригу?", "хорошо, а можно с человеком поговорить?"], "shipping", "ru"),
    (["как работает прокат игр?", "соедините с сотрудником кафе"], "game-rental", "ru"),
    (["Lieferung nach München, was kostet die?", "Gut zu wissen. Ich würde das aber lieber mit einem Menschen klären."], "shipping", "de"),
    (["cik maksā piegāde uz Latviju?", "skaidrs. vai tomēr varu sazināties ar darbinieku?"], "shipping", "lv"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- frustration that builds over the turns (no swearing)
for msgs, art, l in [
    (["where's the link to cancel my table", "my confirmation mail has no such link", "read it three times now. no link. you're not helping"], "table-booking", "en"),
    (["need the receipt for my order", "nothing like Download receipt anywhere on the page", "same answer again... it's simply not there"], "invoices", "en"),
    (["password link is broken", "opened it within a minute, still says invalid", "we keep going round and round, all I want is to get into my account"], "account", "en"),
    (["TERVETULOA10 gets rejected", "it's my first order, 45 euros of board games", "tried 4 times, still rejected. this is not helping"], "discount-codes", "en"),
    (["where is my parcel, it's stuck", "yes I've looked at the tracking, no update in 6 days", "you're reading me the help page again"], "delivery-problems", "en"),
    (["how do I see my noppa card points", "there's no Noppa card section in my account", "I've looked everywhere, this is the third time I'm telling you"], "loyalty-card", "en"),
    (["mistä kuitti löytyy?", "ei ole tilauksissa", "kolmannen kerran kysyn, tämä ei auta yhtään"], "invoices", "fi"),
    (["salasanan palautuslinkki ei toimi", "klikkasin heti, sanoo vanhentunut", "sama vastaus taas, tämä ei johda mihinkään"], "account", "fi"),
    (["alennuskoodi ei toimi", "olen syöttänyt sen varmaan kymmenen kertaa", "turhauttavaa, koko ajan sama vastaus"], "discount-codes", "fi"),
    (["var hittar jag mitt kvitto?", "under Mina beställningar syns inget kvitto", "tredje gången jag frågar, det hjälper inte"], "invoices", "sv"),
    (["parool ei tööta", "link on aegunud", "juba kolmas kord, see ei aita üldse"], "account", "et"),
    (["где мой чек?", "в заказах его нет", "уже третий раз спрашиваю, это не помогает"], "invoices", "ru"),
    (["Meine Sendung hängt seit Tagen fest", "Ja, die Sendungsverfolgung habe ich angeschaut", "Immer dieselbe Antwort, so kommen wir nicht weiter"], "delivery-problems", "de"),
    (["promo kods nedarbojas", "mēģināju jau vairākas reizes", "rakstu jau trešo reizi, un atbilde ir tā pati"], "discount-codes", "lv"),
]:
    c(msgs, True, "complaint", art, l=l)
# frustration that ends with an ask for a person
for msgs, art, l in [
    (["tracking frozen since monday", "yep, checked the posti link already", "this is getting nowhere, let me talk to a person"], "delivery-problems", "en"),
    (["how do I give my fnm ticket to a friend", "I emailed tapahtumat yesterday, no answer, the event is tonight", "can someone just do it, please"], "events", "en"),
    (["seuranta ei liiku", "joo tarkistin jo", "nyt haluan jonkun oikean ihmisen tähän"], "delivery-problems", "fi"),
    (["lösenordet fungerar inte", "jag har redan försökt det", "ge mig en riktig handläggare nu"], "account", "sv"),
    (["промокод не работает", "ввёл несколько раз", "соедините меня с сотрудником, не с ботом"], "discount-codes", "ru"),
    (["parole nedarbojas", "jau mēģināju", "savienojiet ar cilvēku, lūdzu"], "account", "lv"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- an answered question, then the staff-only problem comes out
for msgs, it, art, l, cu in [
    (["when do refunds usually land?", "because NP-884188 shows refunded since 3 november and my bank shows nothing"], "return_refund", "returns", "en", "u29004"),
    (["there are two card payments for one order", "not reservations, both went through 9 days ago"], "payment", "payment", "en", "u29024"),
    (["what's the process for cancelling a pre-order?", "I did that on 1 november, NP-884060, and still no money"], "payment", "preorders", "en", "u29023"),
    (["how long can I use a gift card for?", "my card had 40 euros on it, untouched, and today the balance says zero"], "payment", "gift-cards", "en", None),
    (["where's the delete account button", "found it and used it back in september, yet your emails keep coming"], "account", "privacy", "en", None),
    (["what happens if a part is missing", "I reported it 9 weeks ago and heard nothing since"], "return_refund", "missing-parts", "en", None),
    (["will you send a new one if a box comes crushed?", "you already did once, and the second box arrived crushed too"], "complaint", "damaged-parcels", "en", "u29019"),
    (["when do I get the pdf code?", "it's been 10 days since NP-884112 arrived and no code"], "product_info", "rpg", "en", "u29031"),
    (["rental deposit, how long is it held?", "I returned the game 10 days ago and it's still held"], "payment", "game-rental", "en", None),
    (["milloin palautuksesta saa rahat takaisin?", "odotan jo viidettä viikkoa rahoja"], "return_refund", "returns", "fi", None),
    (["miten tilaus perutaan?", "perutin NP-884120 jo ja rahat veloitettiin silti"], "payment", "order-changes", "fi", "u29012"),
    (["hur många månader kan man använda ett presentkort?", "mitt saldo försvann, jag har aldrig använt kortet"], "payment", "gift-cards", "sv", None),
    (["millal ma tagastuse eest raha tagasi saan?", "ootan juba viis nädalat"], "return_refund", "returns", "et", None),
    (["сколько ждать возврата денег?", "уже месяц жду, статус «возвращено», а денег нет"], "return_refund", "returns", "ru", None),
    (["Wann bekomme ich mein Geld nach einer Rücksendung?", "Meine Retoure ist seit über einem Monat bei euch, Geld ist keins da"], "return_refund", "returns", "de", None),
    (["cik ilgi jāgaida naudas atmaksa?", "gaidu jau mēnesi"], "return_refund", "returns", "lv", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- a problem reported, then it turns out staff are needed
for msgs, it, art, l, cu in [
    (["wingspan came squashed", "emailed photos to help@ almost a week ago, zero reply"], "complaint", "damaged-parcels", "en", None),
    (["the app claims it's delivered, I have no parcel", "did every step: locker app, asked neighbours, checked the lobby. 4 days now", "what happens next?"], "complaint", "delivery-problems", "en", "u29010"),
    (["the board is warped", "did the 48 hours under books, still bent, reported it 5 days ago and no reply"], "return_refund", "faulty-products", "en", None),
    (["peli tuli rikki", "lähetin kuvat viikko sitten, ei vastausta"], "complaint", "damaged-parcels", "fi", None),
    (["paketet är märkt som levererat men jag har inget", "jag har frågat grannarna och kollat paketautomaten, fem dagar nu"], "complaint", "delivery-problems", "sv", None),
    (["karp tuli katki", "saatsin pildid nädal tagasi, vastust pole"], "complaint", "damaged-parcels", "et", None),
    (["коробка пришла помятая", "отправил фото неделю назад, никто не ответил"], "complaint", "damaged-parcels", "ru", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- change requests inside a conversation
for msgs, it, art, l, cu in [
    (["is there still time to cancel, I ordered like 15 min ago", "ok then please cancel NP-884255"], "order_status", "order-changes", "en", "u29005"),
    (["can I cancel a late pledge within 14 days?", "good, then cancel NP-884345 please"], "order_status", "late-pledges", "en", "u29038"),
    (["where is my order NP-884266", "redirect it to my work address in Turku please"], "order_status", "order-changes", "en", "u29008"),
    (["ehtiikö tilaukseen vielä tehdä muutoksia?", "vaihtakaa sitten NP-884350 noudoksi myymälästä"], "order_status", "order-changes", "fi", "u29041"),
    (["går det att ändra i en order i efterhand?", "ändra då NP-884290 till hämtning i butiken"], "order_status", "order-changes", "sv", "u29014"),
    (["можно ли ещё отменить заказ?", "тогда отмените NP-884330"], "order_status", "order-changes", "ru", "u29026"),
    (["explain returns to me", "ok, please just refund the ticket to ride from NP-884222"], "return_refund", "returns", "en", "u29019"),
    (["when will my preorder ship?", "actually just cancel it, NP-884102"], "order_status", "preorders", "en", "u29006"),
    (["kas tellimust saab veel muuta?", "palun muutke NP-884241 aadressi, kolisin"], "order_status", "order-changes", "et", "u29003"),
    (["how do I book a table", "I already have one for tonight at 18, please move it to 20:00"], "product_info", "table-booking", "en", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- greeting first, then the ask; or asking again
for msgs, l in [
    (["hi!", "I'd like a staff member please"], "en"),
    (["person", "PERSON", "anyone?? I asked for a person"], "en"),
    (["operator", "operator, i said"], "en"),
    (["moi", "saisinko jonkun asiakaspalvelusta?"], "fi"),
    (["ihminen", "sanoin: ihminen kiitos"], "fi"),
    (["hej", "finns det någon jag kan chatta med på riktigt?"], "sv"),
    (["tere", "sooviksin rääkida inimesega"], "et"),
    (["здравствуйте", "оператора, пожалуйста"], "ru"),
    (["оператор", "я же сказал: оператор"], "ru"),
    (["Moin", "ich hätte gern einen Ansprechpartner"], "de"),
    (["labdien", "vēlos runāt ar cilvēku"], "lv"),
]:
    c(msgs, True, "human_request", None, l=l)

# ---- more ways of asking for a person
for m, l in [
    ("yo, any staff online?", "en"),
    ("this one's for a real person, not you", "en"),
    ("is anyone from noppa there?", "en"),
    ("think I'm gonna need staff for this", "en"),
    ("can I talk to someone at the store? like now", "en"),
    ("Dear Noppa team, I would appreciate the opportunity to discuss a matter with an employee. Sincerely, K. Virtanen", "en"),
    ("oisko joku ihminen paikalla", "fi"),
    ("tarviin oikean ihmisen tähän", "fi"),
    ("voisitteko soittaa takaisin? numero 044 219 6603", "fi"),
    ("sitter det en riktig människa där?", "sv"),
    ("kan jag få prata med Johanna i butiken?", "sv"),
    ("kas seal on keegi päris inimene?", "et"),
    ("мне нужен живой сотрудник", "ru"),
    ("позовите кого-нибудь из магазина", "ru"),
    ("Sitzt da irgendwo ein echter Mensch?", "de"),
    ("vai tur ir kāds dzīvs cilvēks?", "lv"),
]:
    c(m, True, "human_request", None, l=l)

# ---- follow-ups the assistant answers itself (no hand-over)
for msgs, it, art, mm, l in [
    (["hey there", "what does it cost to send to tartu?"], "shipping", "shipping", ["€7.90"], "en"),
    (["what's a late pledge", "and if I change my mind after ordering?"], "order_status", "late-pledges", ["14 days"], "en"),
    (["are games returnable", "even if we've already cracked the shrink wrap?"], "return_refund", "returns", ["cannot be returned"], "en"),
    (["how much is cover in the café", "how about my daughter, she's 12?"], "product_info", "cafe", ["€4"], "en"),
    (["get me staff", "wait, scratch that, just say what time the café opens sunday"], "other", "store", ["12:00–21:00"], "en"),
    (["a staff member please", "hmm no, I'll ring you myself instead, which number?"], "other", "contact", [PH], "en"),
    (["am I talking to AI?", "alright, at what times is a real colleague in the chat?"], "other", "contact", ["9:00–17:00"], "en"),
    (["I don't want staff", "only need to know what gift card amounts you sell"], "payment", "gift-cards", ["€10 to €200"], "en"),
    (["my game arrived with crushed corners", "can I just keep it and get something back?"], "complaint", "damaged-parcels", ["15% refund"], "en"),
    (["posti app says delivered, locker door was empty", "do I contact you right away or give it a day?"], "complaint", "delivery-problems", ["next working day"], "en"),
    (["is it going to snow in helsinki this week", "fine, forget that. till when is the shop open today, it's a tuesday"], "other", "store", ["11:00–20:00"], "en"),
    (["what size sleeves for catan", "and how many cards are in catan?"], "product_info", None, ["95"], "en"),
    (["do you have a painting evening?", "do I need to bring my own paints?"], "product_info", "miniatures-paints", ["provided"], "en"),
    (["how do I book a table", "and is there a deposit for 4 people?"], "product_info", "table-booking", ["no booking fee"], "en"),
    (["I need to cancel my table booking", "I mean I'll do it myself, which steps?"], "product_info", "table-booking", ["confirmation e-mail"], "en"),
    (["moi", "paljonko postikulut on Suomessa?"], "shipping", "shipping", ["4", "90"], "fi"),
    (["haluan puhua jonkun kanssa", "no ei sittenkään, mikä on puhelinnumero?"], "other", "contact", [PH], "fi"),
    (["ihmistä ei tarvita", "kerro vain mihin aikaan kahvila sulkeutuu perjantaina"], "other", "store", ["01:00"], "fi"),
    (["onko teillä pelikahvila?", "paljonko pelimaksu on opiskelijalle?"], "product_info", "cafe", ["4"], "fi"),
    (["hej", "frakt till Sverige, vad landar den på?"], "shipping", "shipping", ["11", "90"], "sv"),
    (["kan jag få en kundtjänstmedarbetare", "glöm det, vad är er e-postadress?"], "other", "contact", [MAIL], "sv"),
    (["levererar ni till Åland?", "och behöver jag betala något när paketet kommer?"], "shipping", "aland", ["6", "90"], "sv"),
    (["ma ei vaja inimest", "öelge lihtsalt, kui kaua on tagastamiseks aega"], "return_refund", "returns", ["30"], "et"),
    (["здравствуйте", "сколько стоит доставка в Эстонию?"], "shipping", "shipping", ["7", "90"], "ru"),
    (["оператор не нужен", "просто скажите, как вернуть товар"], "return_refund", "returns", ["noppa.fi/palautus"], "ru"),
    (["есть ли у вас прокат игр?", "а залог какой?"], "product_info", "game-rental", ["30"], "ru"),
    (["labdien", "cik ilgi notiek piegāde uz Latviju?"], "shipping", "shipping", ["3–5"], "lv"),
    (["man nevajag operatoru", "vienkārši pasakiet jūsu e-pasta adresi"], "other", "contact", [MAIL], "lv"),
]:
    c(msgs, False, it, art, mm, l=l)
# order follow-ups with the customer's own orders
for msgs, mm, l, cu in [
    (["hey, my parcel?", "order number np 884213"], ["JJFI64318210457720"], "en", "u29001"),
    (["moi, pakettini ei ole tullut", "tilausnumero on 884310"], ["JJFI64318210498813"], "fi", "u29017"),
    (["hej, vart tog mitt paket vägen?", "#884230"], ["00373500581234418821"], "sv", "u29002"),
    (["tere, mu pakk pole ikka kohal", "tellimuse number NP 884270"], ["CE473921455EE"], "et", "u29028"),
    (["посылка до сих пор не пришла", "номер заказа 884295"], ["JJFI64318210477641"], "ru", "u29034"),
    (["sveiki, kur ir mana paka?", "pasūtījums np884175"], ["CE473918822EE"], "lv", "u29016"),
]:
    c(msgs, False, "order_status", None, mm, l=l, cu=cu)

# ---- longer messages written out in full
c("not looking for a person, honestly - just trying to figure out whether a lahjakortti from last december still works, my grandma bought it and I haven't used it yet",
  False, "payment", "gift-cards", ["24 months"])
c("I've read half your pages and I'm more confused than before. We're 14 colleagues, we want a game night in December with food and someone to teach us the games, and it has to be invoiced to the company with our business ID. Could someone call me? 040 551 2387",
  True, "human_request", "event-room")
c("Hei, ostin pojalleni synttärilahjaksi Catanin laajennuksen 5–6 pelaajalle, mutta sitten tajusin että meillä on kotona vanha Catan joskus 2000-luvun alusta. Toimiiko laajennus sen kanssa vai pitääkö ostaa uusi peruspeli?",
  False, "product_info", "game-editions", ["2015"], l="fi")
c("Добрый день! Мы с друзьями хотим прийти в субботу вечером, нас будет семеро, двое из нас студенты. Сколько будет стоить вход и нужно ли заранее бронировать стол?",
  False, "product_info", "cafe", ["6", "4"], l="ru")
c("Hej! Jag bor i Mariehamn och vill beställa ett par spel och en rollspelsbok i julklapp. Jag såg att priserna ändras när jag väljer Åland, varför det, och hur mycket ska jag betala när paketet kommer?",
  False, "shipping", "aland", ["6", "90"], l="sv")
c("Tere! Elan Tartus ja mängime sõpradega palju Ticket to Ride'i, kaardid on juba üsna kulunud. Millise suurusega ümbrised sellele mängule sobivad?",
  False, "product_info", "sleeves", ["46 x 71"], l="et")
c("Hallo, ich bin im Dezember eine Woche in Helsinki und würde gern an einem Abend Miniaturen bemalen. Gibt es bei euch einen Malabend, und muss ich Farben mitbringen?",
  False, "product_info", "miniatures-paints", ["17:00–21:00"], l="de")
c("Sveiki! Dzīvoju Rīgā un gribu pasūtīt Wingspan ar paplašinājumu. Cik maksās piegāde un cik ilgi tā notiks?",
  False, "shipping", "shipping", ["9", "90"], l="lv")
c(["hey, thinking of getting into warhammer", "is combat patrol a good start? how many minis are in it",
   "and where could I learn to paint them? never painted anything"], False, "product_info", "miniatures-paints")
c(["moi, mulla on tilaus auki", "ei, se on ok, halusin vain tietää milloin kauppa on auki sunnuntaina"],
  False, "other", "store", ["12:00–17:00"], l="fi")
c("so I ordered a board game last month from you, it came fine, but when we opened it there was a weird smell and one of the punchboards was kind of bent. nothing seems missing, we've played twice. is a bent punchboard something you replace, or is that normal?",
  False, "return_refund", "faulty-products")
c("Добрый вечер. Купила у вас пазл на 1000 деталей, собирали всей семьёй две недели, и в самом конце оказалось, что не хватает одной детали в небе. Очень обидно. Можно ли как-то получить эту деталь?",
  False, "return_refund", "puzzles", [PARTS], l="ru")

# ---- more hand-overs: polite asks only staff can fulfil, asks right after
#      an answer, in every language
for m, it, art, l, cu in [
    ("Would you be so kind as to check why my card shows two payments of 63.40 for NP-884180? Both have been booked for over a week.", "payment", "payment", "en", "u29024"),
    ("Might someone check on my refund, please? Two sealed games went back to your warehouse a month ago and I'm still waiting.", "return_refund", "returns", "en", None),
    ("I'd be grateful if someone could swap the Helsinki puzzle in NP-884199 for the aurora one, it's unopened", "return_refund", "returns", "en", "u29009"),
    ("My Noppa credit (around 30 euros from a trade-in) isn't showing anymore. Could somebody put it back?", "payment", "gift-cards", "en", None),
    ("Hello, a booster box order I know nothing about is listed in my account. Could someone investigate?", "account", None, "en", None),
    ("Voisitteko ystävällisesti tarkistaa, miksi peruutetusta tilauksesta veloitettiin silti?", "payment", "order-changes", "fi", None),
    ("Olisin kiitollinen, jos joku vaihtaisi tilaukseni suomenkielisen Aliaksen ruotsinkieliseen, paketti on vielä avaamaton", "return_refund", "returns", "fi", None),
    ("Skulle ni vilja kolla varför jag fortfarande inte fått tillbaka pengarna för returen? Det har gått fyra veckor.", "return_refund", "returns", "sv", None),
    ("Kan ni vara snälla och flytta vår bordsbokning från fredag till lördag?", "product_info", "table-booking", "sv", None),
    ("Kas te saaksite palun kontrollida, miks mu kinkekaardi saldo kadus?", "payment", "gift-cards", "et", None),
    ("Будьте добры, проверьте, почему после отмены предзаказа деньги так и не вернулись", "payment", "preorders", "ru", None),
    ("Könnten Sie bitte meine Bestellung auf Abholung im Laden umstellen? Sie ist noch nicht verschickt.", "order_status", "order-changes", "de", None),
    ("Vai jūs, lūdzu, varētu pārbaudīt, kāpēc man divreiz noņēma naudu par vienu pasūtījumu?", "payment", "payment", "lv", None),
]:
    c(m, True, it, art, l=l, cu=cu)

# ---- a few more that only staff can sort out
for msgs, it, art, l, cu in [
    (["how much is the cover charge", "ok. and can I talk to the café manager about last night? the staff were really unfriendly to us"], "complaint", None, "en", None),
    (["is Åland a place you send to?", "then why did Posti charge me 40 euros on a 50 euro order?"], "shipping", "aland", "en", None),
    (["can I return a used game?", "the used game I bought had 30 cards missing, you promised 20% back three weeks ago and nothing came"], "return_refund", "trade-in", "en", None),
    (["hur lång tid tar återbetalningen för en avbokad förhandsbeställning?", "det har gått tre veckor nu och inga pengar"], "payment", "preorders", "sv", None),
    ("pasūtījums NP-884248 atnāca ar citu spēli iekšā, un uz e-pastu neviens neatbild jau 2 nedēļas", "complaint", "damaged-parcels", "lv", "u29040"),
    ("Ich möchte bitte mit Ihrem Geschäftsführer sprechen.", "human_request", None, "de", None),
    ("palun lisage tellimusele NP-884270 veel kaks boosterit", "order_status", "order-changes", "et", "u29028"),
    ("после сброса пароля в моём аккаунте появился чужой адрес доставки", "account", "privacy", "ru", None),
    ("pisteitä puuttuu edelleen, toin kuitin tiskille jo kuukausi sitten", "account", "loyalty-card", "fi", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- more short conversations: follow-ups answered from the pages
for msgs, it, art, mm, l in [
    (["do you have a game café?", "cool, what time does it open on saturday?"], "other", "store", ["10:00–01:00"], "en"),
    (["is the shop open late on fridays", "and the café?"], "other", "store", ["12:00–01:00"], "en"),
    (["can I pay with klarna?", "is there a minimum for paying in parts?"], "payment", "payment", ["€60"], "en"),
    (["what's the noppa card", "and how do I join?"], "account", "loyalty-card", ["at the counter"], "en"),
    (["where do I get my receipt?", "I ordered as a guest, no account"], "payment", "invoices", ["order confirmation e-mail"], "en"),
    (["kuinka kauan palautusaikaa on?", "entä jos peli on jo avattu?"], "return_refund", "returns", [], "fi"),
    (["tervetuloa-koodi, miten saan sen?", "ja kuinka kauan se on voimassa?"], "payment", "discount-codes", ["60"], "fi"),
    (["kan man hyra spel hos er?", "och vad kostar det för en helg?"], "product_info", "game-rental", ["9"], "sv"),
    (["kas teil on Dixit?", "kui palju see maksab?"], "product_info", None, ["34", "9"], "et"),
    (["у вас есть турниры по Magic?", "во сколько начинается и сколько стоит участие?"], "product_info", "events", ["18:30", "8"], "ru"),
    (["Habt ihr ein Spielecafé?", "Was kostet der Eintritt für Studenten?"], "product_info", "cafe", ["4"], "de"),
    (["vai jums ir pazles?", "cik liela ir 1000 gabaliņu pazle?"], "product_info", "puzzles", ["70", "50"], "lv"),
]:
    c(msgs, False, it, art, mm, l=l)
for msgs, it, art, l, cu in [
    (["can I get a company invoice?", "we paid NP-884286 already, please reissue it with our VAT number DE 318 455 902"], "payment", "invoices", "en", "u29033"),
    (["как получить PDF к книге?", "купил Myrskyn aika две недели назад, код так и не пришёл"], "product_info", "rpg", "ru", None),
    (["hur funkar det om det saknas delar?", "jag mejlade osat@ för åtta veckor sedan om saknade kort och har inte fått något svar"], "return_refund", "missing-parts", "sv", None),
    (["Wie lange dauert eine Stornierung mit Klarna?", "Klarna mahnt mich trotzdem für die stornierte Bestellung, schon die zweite Mahnung"], "payment", "order-changes", "de", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ================================================================ output
# many customers greet before they ask: every 6th single-turn question gets
# an opening line in its own language (the judged turn is unchanged)
OPENERS = {
    "en": ["hi", "hiya", "morning!", "hey hey", "hello, got a question", "hi noppa", "afternoon!", "hi, quick one"],
    "fi": ["moi", "hei", "päivää", "terve", "hei, nopea kysymys"],
    "sv": ["hej", "hejsan", "god dag"],
    "et": ["tere", "tervist"],
    "ru": ["здравствуйте", "добрый день", "привет"],
    "de": ["Moin", "Guten Abend", "Servus"],
    "lv": ["labdien", "sveiki"],
}
GREETS = re.compile(r"(hi|hiya|hello|hey|morning|good (morning|afternoon|evening)|moin|servus|moi|hei|terve|päivää|hej|hejsan|god (dag|morgon)|"
                    r"tere|tervist|здравствуйте|добрый|привет|hallo|guten|labdien|sveiki)\b", re.I)

# "NP-884213", "np884213", "NP 884213", "#NP-884213"
ORDER_REF = re.compile(r"(?i)\bnp[\s#-]*(\d{6})(?!\d)")
# a bare counter ("tilaus 884213", "#884213"); every counter starts with 88
BARE_REF = re.compile(r"(?<![\d.,])(88\d{4})(?![\d.,])")
# order numbers that are meant not to exist
UNKNOWN_ORDERS = {"889999", "880001"}
CARRIERS = {  # carrier -> the shape of its tracking numbers
    "Posti": r"JJFI\d{14}", "Matkahuolto": r"MH\d{13}", "PostNord": r"00373\d{15}",
    "Omniva": r"CE\d{9}EE", "DHL": r"JJD\d{15}",
}
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def order_refs(m):
    full, bare = casekit.scan(m, ORDER_REF, BARE_REF)
    return ([casekit.Ref(mo.group(0), mo.group(1), None) for mo in full]
            + [casekit.Ref(mo.group(0), mo.group(1), None) for mo in bare])


def order_extra(o):
    """Every parcel goes with a carrier this shop uses, and its tracking
    number has that carrier's shape."""
    car, tr = o.get("carrier"), o.get("trackingNumber")
    if tr is None:
        return []
    if car not in CARRIERS:
        return ["order %s: carrier %s" % (o["orderId"], car)]
    if not re.fullmatch(CARRIERS[car], tr):
        return ["order %s: tracking %s is not a %s number" % (o["orderId"], tr, car)]
    return []


def case_extra(row, lang):
    """Russian cases are written in Cyrillic, and no other case is."""
    cyr = any(CYRILLIC.search(m) for m in row["messages"])
    if (lang == "ru") != cyr:
        return ["%s: lang %s but Cyrillic %s" % (row["id"], lang, cyr)]
    return []


def main():
    shop.add_openers(OPENERS, GREETS, every=6)
    shop.write()
    shop.check(order_id=r"NP-88\d{4}", shape="NP-884213",
               counter=lambda oid: oid[3:], refs=order_refs, unknown=UNKNOWN_ORDERS,
               named=lambda cu: int(cu[3:]) <= 100, customer_id=r"u29\d{3}", currency={"EUR"},
               order_extra=order_extra, case_extra=case_extra, qualifier="prefix", article_counts=True)


if __name__ == "__main__":
    main()
