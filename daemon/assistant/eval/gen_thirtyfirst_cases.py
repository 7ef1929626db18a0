#!/usr/bin/env python3
"""Generate thirtyfirst-cases.jsonl: cases for the thirty-first shop,
Anvelope Rapid (online tyre, wheel and car-accessories shop with its own
fitting centre, showroom and pickup counter at Bulevardul Iuliu Maniu 71,
Sector 6, Bucharest; sells summer, winter and all-season tyres, alloy and
steel wheels, wheel bolts, TPMS sensors, snow chains and socks, batteries
(with the 30 lei deposit), wiper blades, roof boxes and bars, dash cams;
fitting and balancing by appointment, priced per rim size; a tyre hotel
for seasonal storage; delivery to about 160 partner fitting centres; a
free 1-year road hazard cover on some premium tyres; ships to Romania,
Bulgaria, Hungary and Moldova (outside the EU: customs, prices without
Romanian VAT); prices in lei (RON) with the euro amount shown).
KB: thirtyfirst-kb/.  Run: python3 gen_thirtyfirst_cases.py
The script writes the cases, then checks them against the KB and prints
the figures (cases, escalation share, other-language share, multi-turn share).
The customer lines were written from the shop's pages and data alone.

Order numbers look like AR-7741093 (AR and a 7-digit counter; every
counter starts with 774).  Customers paste them in many ways
("ar7741093", "AR 7741093", "comanda 7741093", "#7741093", "заказ
7741150").  Tyre sizes (205/55 R16 91V, 225/45 R17 94Y XL), DOT codes
(DOT 3824), load and speed indices, rim sizes (R16), wheel specs (7x16
ET45 5x112, CB 57.1), battery data (74Ah 680A), chain sizes (090),
product names with digits (Primacy 4+, TS 870, S5 005, A510, Mini 2),
prices in lei, MDL and euros, kilometres, postcodes (061103), phone
numbers and tyre hotel set numbers (H-20418) are not order numbers.

LABELLING RULES

Escalation (expect.escalate)
 E1  true for an explicit request for a person in any wording or language:
     "a human", "an operator", "transfer me", "is there a real person",
     a callback, the manager, a wheel specialist, a named colleague
     ("Andrei from the fitting centre"), also right after an answered
     question.
 E2  true for a request to cancel, refund or change an existing order
     (cancel, change the size, model, quantity or address, add fitting,
     TPMS sensors or bolts, switch to a partner fitting centre or to
     pickup, resend a parcel that came back, exchange an item inside an
     order, "I want my money back"), or to move or cancel a fitting
     appointment for the customer ("move it for me").
 E3  true for things only staff can do: a real double charge (both
     booked), a charge after cancelling an order, a refund missing for
     weeks, a bank or TBI Pay disagreeing with the shop, store credit or
     a gift card that vanished or never arrived after the resend, an
     order the customer did not place, a deletion that did not happen,
     a locked-out account after the reset steps, a parcel marked
     delivered that the customer already looked for, a price-match
     refund after ordering, a warranty or road hazard claim nobody
     answered or that the customer disputes, a replacement damaged
     again, an invoice still wrong after asking, damage or danger after
     our fitting (scratched rims, a loose wheel), tyres lost, swapped or
     thrown away by the tyre hotel, a battery deposit or a tax-free VAT
     refund that never came back, Moldovan customs charges the customer
     disputes, legal threats (ANPC, KZP, lawyer), complaints about a
     staff member, press and partnership requests.
 E4  true when the customer is stuck or frustrated across several turns
     ("you keep pasting the same answer", the same question a third time).
 E5  false for questions about a policy even with "cancel", "refund",
     "person", "operator", "call" in them: the phone number, the e-mail,
     WhatsApp, when people answer the chat, fitting centre hours, how to
     cancel or move an appointment, what the return policy is, "no need
     for a person, just tell me ...".  A first report of a damaged,
     scratched or wrong product, of a parcel marked delivered, of a
     tracking that does not move, of a bulge or puncture under road
     hazard cover, of vibrations after fitting or of a TPMS light gets
     the steps of the page (false).

Intent (expect.intent)
     order_status: a named order (where, status, tracking, when, ready),
       cancelling or changing an order, resending it, moving a fitting
       appointment for the customer.
     return_refund: returns, refunds, money back, exchanges, warranty
       claims, road hazard claims, a missing refund.
     shipping: countries, prices, times, carriers, supplier stock,
       battery shipping, lockers, pickup at the centre, partner fitting
       centres, Moldovan customs and VAT, a late or lost parcel without
       an order number.
     product_info: tyres and their sizes, load and speed indices, DOT
       dates, winter tyre rules, all-season tyres, wheels and fitment,
       TPMS, chains, batteries and the deposit, wipers, roof boxes, dash
       cams, tyre care and puncture repair, the fitting centre's
       services: fitting prices and appointments, the tyre hotel.
     payment: payment methods, instalments, cash on delivery, charges,
       double charges, invoices and company invoices, gift cards, store
       credit, discount codes, price match, the battery deposit refund.
     account: login, password, details, My garage, privacy and deletion,
       an order the customer did not place.
     complaint: something went wrong (damaged, scratched, wrong size,
       delivered-not-received, fitting damage, tyre hotel loss, staff,
       legal threat, frustration) when the turn does not ask for a person.
     human_request: the judged turn only asks for a person / callback (also
       press or partnership contact).  When it also states a concrete
       problem, the problem's intent is used.
     other: contact details, chat and phone hours, the fitting centre's
       address, hours and parking, things outside the shop (weather,
       football, homework, route planning).  greeting / thanks / goodbye
       for small talk.

Article (expect.article)
     The page that answers the judged turn.  Product facts and order facts
     come from the data (article null).  A hand-over keeps the page that
     governs the matter raised in the conversation; it is null when only a
     person is asked for or no page governs (unknown order, staff, legal,
     an order the customer did not place).

mustMention: short exact strings from the governing page (or the data when
the article is null); non-English turns use only numbers, prices, e-mail
addresses, phone numbers, web addresses and tracking numbers; a decimal
is split into its two parts ("57", "1") so that "57,1" and "57.1" both
count, and a price over 999 lei is checked by its last three digits
("249" for 1,249 / 1249 / 1.249 lei).  Hand-overs carry none.
mustNotMention: other customers' data and facts the reply must not invent.

Checks only this shop has (callbacks passed to casekit): Nova Post
(Moldova) orders hold at most 4 tyres of one size and no battery, and
batteries travel only with Fan Courier or are picked up; a Bulgarian,
Russian or Ukrainian case has a Cyrillic line and the others none; no
Ukrainian or Bulgarian line has a letter only Russian uses (ы э ё), no
Russian or Bulgarian line one only Ukrainian uses (і ї є ґ).
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import casekit  # the shared case helper, writer and self-check

shop = casekit.Shop("thirtyfirst", "t31", anon=31100, langs={"ro", "hu", "bg", "ru", "uk", "de"})
c = shop.c

PH = "+40 21 318 44 90"
PHFIT = "+40 21 318 44 95"
WA = "+40 731 500 271"
MAIL = "contact@anvelope-rapid.ro"
GAR = "garantii@anvelope-rapid.ro"
GDPR = "gdpr@anvelope-rapid.ro"
FACT = "facturi@anvelope-rapid.ro"
FLOTE = "flote@anvelope-rapid.ro"
BOOK = "anvelope-rapid.ro/programare"

# ---------------------------------------------------------------- small talk
for m, it, l in [
    ("hi", "greeting", "en"), ("hey 👋", "greeting", "en"), ("bună ziua", "greeting", "ro"), ("salut!", "greeting", "ro"),
    ("neața", "greeting", "ro"), ("jó napot!", "greeting", "hu"), ("здравейте", "greeting", "bg"), ("здравствуйте", "greeting", "ru"),
    ("добрий день", "greeting", "uk"), ("guten Tag", "greeting", "de"),
    ("thanks a lot!", "thanks", "en"), ("mulțumesc frumos!", "thanks", "ro"), ("köszönöm a segítséget", "thanks", "hu"),
    ("благодаря много!", "thanks", "bg"), ("спасибо большое", "thanks", "ru"), ("дякую!", "thanks", "uk"), ("danke schön", "thanks", "de"),
    ("bye", "goodbye", "en"), ("o zi bună, la revedere", "goodbye", "ro"), ("viszlát", "goodbye", "hu"), ("довиждане", "goodbye", "bg"),
    ("до свидания", "goodbye", "ru"), ("на все добре", "goodbye", "uk"), ("tschüss", "goodbye", "de"),
]:
    c(m, False, it, None, l=l)

# ------------------------------------------- contact, phone and chat hours
for m, mm, l in [
    ("whats your phone number", [PH], "en"),
    ("customer service email?", [MAIL], "en"),
    ("are there real people on this chat on saturday?", ["9:00–14:00"], "en"),
    ("do you have whatsapp? want to send a pic of my tyre", [WA], "en"),
    ("no need for a person, just give me the email for warranty claims", [GAR], "en"),
    ("i run a taxi company with 30 cars, which address do i write to?", [FLOTE], "en"),
    ("can I email you in russian? I'm from Chisinau", ["Russian"], "en"),
    ("which number do I call to book a fitting, is it the same as customer service?", [PHFIT], "en"),
    ("care e numărul vostru de telefon?", [PH], "ro"),
    ("până la ce oră răspundeți la telefon sâmbăta?", ["14:00"], "ro"),
    ("la ce mail scriu pentru o garanție?", [GAR], "ro"),
    ("mi a telefonszámotok?", [PH], "hu"),
    ("írhatok nektek magyarul e-mailben?", [MAIL], "hu"),
    ("какъв е имейлът ви за връзка?", [MAIL], "bg"),
    ("какой у вас номер телефона?", [PH], "ru"),
    ("можно написать вам на почту по-русски?", [MAIL], "ru"),
    ("який у вас номер телефону?", [PH], "uk"),
    ("Wie lautet Ihre Telefonnummer?", [PH], "de"),
]:
    c(m, False, "other", "contact", mm, l=l)

# ------------------------------------------------- the fitting centre
for m, mm, l in [
    ("where exactly is your fitting centre", ["Iuliu Maniu 71"], "en"),
    ("are you open on sundays in november?", ["9:00–15:00"], "en"),
    ("what time do you open in the morning during tyre season", ["7:00"], "en"),
    ("saturday hours in summer?", ["8:00–16:00"], "en"),
    ("unde sunteți exact în București?", ["71"], "ro"),
    ("ce program aveți sâmbăta?", [], "ro"),
    ("hol van a szervizetek Bukarestben?", ["71"], "hu"),
    ("какво е работното време на сервиза?", [], "bg"),
    ("вы работаете в воскресенье?", [], "ru"),
    ("де знаходиться ваш шиномонтаж?", ["71"], "uk"),
]:
    c(m, False, "other", "fitting-centre", mm, l=l)
for m, mm, it, l in [
    ("can i wait while you change my tyres or do i have to leave the car", ["40 minutes"], "product_info", "en"),
    ("do you also do brake pads and oil?", ["mechanical repairs"], "product_info", "en"),
    ("if i choose pickup at the centre how fast is it ready", ["2 hours"], "shipping", "en"),
    ("can my brother collect the tyres for me", ["order number"], "shipping", "en"),
    ("pot plăti cash când ridic anvelopele?", ["5", "000"], "payment", "ro"),
    ("можно подождать у вас, пока меняют шины?", ["40"], "product_info", "ru"),
]:
    c(m, False, it, "fitting-centre", mm, l=l)

# ---------------------------------------------------------- outside the shop
for m, l in [
    ("will it snow in bucharest this weekend?", "en"),
    ("who won rapid vs dinamo last night", "en"),
    ("can you help with my physics homework, it's about friction coefficients", "en"),
    ("best route from bucharest to brasov avoiding DN1 traffic?", "en"),
    ("cum va fi vremea mâine la Cluj?", "ro"),
    ("milyen idő lesz holnap Debrecenben?", "hu"),
    ("кой спечели мача на Левски снощи?", "bg"),
    ("какая погода завтра в Кишинёве?", "ru"),
    ("допоможи з домашнім завданням з математики", "uk"),
    ("Wer hat gestern in der Bundesliga gewonnen?", "de"),
]:
    c(m, False, "other", None, l=l)

# ------------------------------------------------------------------ shipping
for m, mm, l in [
    ("shipping to bulgaria?", ["Speedy"], "en"),
    (["do you ship to hungary?", "how much to ship 4 tyres to budapest"], ["39 lei"], "en"),
    ("how much for 1 tyre delivered to iasi", ["29 lei"], "en"),
    ("ship to serbia?", ["Serbia"], "en"),
    ("if i order at 3pm today when does it leave", ["14:00"], "en"),
    ("can you ship a car battery to varna", ["only within Romania"], "en"),
    ("can tyres go to a fanbox locker?", ["cannot"], "en"),
    ("only 2 of my 4 tyres came today, where are the others", ["livrare parțială"], "en"),
    ("cât costă livrarea pentru 4 anvelope în Cluj?", [], "ro"),
    ("dacă comand acum la 16:30, când pleacă coletul?", ["14:00"], "ro"),
    (["szállítotok Magyarországra is?", "mennyi a szállítás Magyarországra 4 gumira?"], ["39"], "hu"),
    ("küldtök akkumulátort Magyarországra?", [], "hu"),
    (["доставяте ли в България?", "колко струва доставката до София за 4 гуми?"], ["35"], "bg"),
    ("за колко дни пристига пратка в Пловдив?", ["2–4"], "bg"),
    ("сколько стоит доставка шин в Молдову?", ["69"], "ru"),
    ("за сколько дней придут шины в Кишинёв?", ["4–7"], "ru"),
    ("чи доставляєте в Україну?", [], "uk"),
    ("Liefert ihr auch nach Österreich?", [], "de"),
]:
    c(m, False, "shipping", "shipping", mm, l=l)

# ------------------------------------------------------------------ Moldova
for m, mm, l in [
    (["I live in Chisinau", "do i pay customs on tyres to moldova?"], ["20%"], "en"),
    ("why did the prices drop when I picked moldova as country", ["21%"], "en"),
    ("what's the nova post fee for clearing customs", ["50 MDL"], "en"),
    ("can I order 6 tyres to chisinau in one go", ["4 tyres"], "en"),
    ("I'll pick the tyres up in bucharest and drive home to Moldova, can I get the VAT back?", ["90 days"], "en"),
    (["я из Кишинёва, хочу заказать зимние шины", "нужно ли платить таможню за шины в Молдову?"], ["20"], "ru"),
    ("можно заказать 8 шин одного размера в Кишинёв?", ["4"], "ru"),
    ("если заберу шины в Бухаресте сам, вернёте НДС?", ["90"], "ru"),
    ("ce se întâmplă dacă refuz coletul din cauza taxelor vamale?", ["150"], "ro"),
    ("яке мито на шини в Молдову?", ["20"], "uk"),
]:
    c(m, False, "shipping", "moldova-customs", mm, l=l)

# ----------------------------------------------------- partner fitting centres
for m, mm, l in [
    (["do you only fit tyres in bucharest?", "I live in Cluj, can you send tyres to a garage near me that fits them?"], ["Livrare la service partener"], "en"),
    ("is delivery to a partner garage free", ["free for 4 tyres"], "en"),
    ("how long does the partner keep my tyres if I can't go right away", ["10 days"], "en"),
    ("do you have partner centres in hungary", ["none yet"], "en"),
    ("aveți service partener în Iași?", ["140"], "ro"),
    ("имате ли партньорски сервиз във Варна?", ["18"], "bg"),
    ("есть ли у вас партнёрский шиномонтаж в Бельцах?", ["6"], "ru"),
    ("van partnerszervizetek Debrecenben?", [], "hu"),
]:
    c(m, False, "shipping", "partner-fitting", mm, l=l)

# ------------------------------------------------- order changes, the policy
for m, mm, l in [
    ("how long after ordering can i still change the tyre size? just asking for now", ["2 hours"], "en"),
    ("can i cancel an order myself in my account?", ["cannot change or cancel"], "en"),
    ("if i cancel when do i get the money back on my card", ["3–5 working days"], "en"),
    ("can fitting be added to an order after it's placed? asking before I buy", ["adding fitting"], "en"),
    ("pot schimba adresa după ce am plasat comanda?", [PH], "ro"),
    ("meddig lehet lemondani a rendelést?", ["2"], "hu"),
    ("как отменить заказ?", [PH], "ru"),
]:
    c(m, False, "order_status", "order-changes", mm, l=l)

# ------------------------------------------------------------------- returns
for m, mm, l in [
    (["thinking of ordering wheels but not 100% sure they'll fit", "whats ur return policy"], ["30 days"], "en"),
    ("i had the tyres fitted and they're noisy, can i return them", ["not returnable"], "en"),
    ("ordered the wrong size, not fitted yet, can i send them back", ["30 days"], "en"),
    ("how much does it cost to return 4 tyres from romania", ["15 lei"], "en"),
    ("how do i return something without an account", ["anvelope-rapid.ro/retur"], "en"),
    ("when do i get my refund after you receive the return", ["14 days"], "en"),
    ("can I swap unfitted tyres for another size at your counter?", ["counter"], "en"),
    ("care e politica de retur?", ["30"], "ro"),
    ("pot returna anvelopele dacă le-am montat deja?", [], "ro"),
    ("visszaküldhetem a felniket, ha még nem szereltem fel?", ["30"], "hu"),
    ("колко струва връщането на 4 гуми от България?", ["35"], "bg"),
    ("як повернути товар?", ["anvelope-rapid.ro/retur"], "uk"),
    ("Wie lange habe ich Zeit für eine Rücksendung?", ["30"], "de"),
]:
    c(m, False, "return_refund", "returns", mm, l=l)

# --------------------------------------- damaged or wrong: first report
for m, mm, it, l in [
    ("one of the alloy wheels arrived with a scratch on a spoke", ["3 days"], "complaint", "en"),
    ("the tyre has a cut in the sidewall straight out of the courier's van", ["3 days"], "complaint", "en"),
    (["just opened the delivery", "you sent 195/65 R15 but I ordered 205/55 R16"], ["do not fit"], "complaint", "en"),
    ("the battery box is wet and smells of acid", ["bare hands"], "complaint", "en"),
    ("o jantă a venit zgâriată", ["3"], "complaint", "ro"),
    ("mi-ați trimis altă dimensiune decât am comandat", ["14"], "complaint", "ro"),
    ("sérülten érkezett az egyik gumi", ["3"], "complaint", "hu"),
    ("получих грешен размер гуми", ["14"], "complaint", "bg"),
    ("диск пришёл поцарапанный", [WA], "complaint", "ru"),
    ("акумулятор прийшов, а коробка мокра від кислоти", [], "complaint", "uk"),
]:
    c(m, False, it, "damaged-parcels", mm, l=l)

# --------------------------------------------- late or lost: first report
for m, mm, it, l in [
    ("fan courier says delivered but there's nothing here", ["next working day"], "complaint", "en"),
    ("tracking hasnt updated in 2 days", ["3 working days"], "shipping", "en"),
    ("speedy hasn't moved my parcel for 4 days, im in sofia", ["5 working days"], "shipping", "en"),
    ("i put the wrong block number in the address and it's already shipped", ["tracking link"], "shipping", "en"),
    ("scrie livrat dar nu am primit nimic", [], "complaint", "ro"),
    ("a GLS szerint kézbesítve, de nincs itt semmi", [], "complaint", "hu"),
    ("пише доставена, но нищо не съм получил", [], "complaint", "bg"),
    ("посылка стоит на таможне уже неделю", ["5"], "shipping", "ru"),
    ("трекінг не оновлюється вже 4 дні", ["5"], "shipping", "uk"),
    ("Laut GLS zugestellt, aber ich habe nichts bekommen", [], "complaint", "de"),
]:
    c(m, False, it, "delivery-problems", mm, l=l)

# ------------------------------------------------------------------- payment
for m, mm, l in [
    (["first time ordering from you", "what payment methods do you accept"], ["cash on delivery"], "en"),
    (["4 tyres for my suv come to almost 3400 lei", "can i pay in installments"], ["600 lei"], "en"),
    ("do you do cash on delivery in hungary?", ["card or bank transfer only"], "en"),
    ("is there a fee for ramburs", ["9 lei"], "en"),
    ("what's your IBAN for bank transfer", ["RO49 BTRL RONC RT04 1187 2017"], "en"),
    ("I see 2 payments for one order, one of them says pending", ["5–7 working days"], "en"),
    ("pot plăti în rate?", ["600"], "ro"),
    ("aveți TBI Pay?", ["500"], "ro"),
    ("lehet utánvéttel fizetni?", [], "hu"),
    ("мога ли да платя с наложен платеж?", ["15"], "bg"),
    ("чи можна оплатити через Apple Pay?", [], "uk"),
]:
    c(m, False, "payment", "payment", mm, l=l)

# ------------------------------------------------------------------ invoices
for m, mm, l in [
    ("where do i find my invoice", ["Invoice (PDF)"], "en"),
    ("need the invoice on my company", ["Factură pe firmă"], "en"),
    ("forgot to tick company invoice last week, can it be changed", ["5 days"], "en"),
    ("we're a bulgarian company with a VAT number, do we pay romanian VAT?", ["reverse charge"], "en"),
    ("am uitat să cer factură pe firmă", [FACT], "ro"),
    ("céges számlát kérnék magyar adószámmal", [], "hu"),
    ("как да получа фактура на фирма?", [], "bg"),
]:
    c(m, False, "payment", "invoices", mm, l=l)

# ---------------------------------------------------------------- gift cards
for m, mm, l in [
    (["thinking of a gift card for my dad's name day", "how long is a gift card valid"], ["12 months"], "en"),
    ("what amounts can gift cards be", ["100", "2,000"], "en"),
    ("check gift card balance", ["anvelope-rapid.ro/card-cadou"], "en"),
    ("bought a gift card 5 min ago, no email yet", ["15 minutes"], "en"),
    ("cât timp e valabil cardul cadou?", ["12"], "ro"),
    ("сколько действует подарочная карта?", ["12"], "ru"),
]:
    c(m, False, "payment", "gift-cards", mm, l=l)

# -------------------------------------------------------- discounts, price match
for m, mm, l in [
    (["got BINEVENIT5 from the newsletter", "where do i enter a promo code"], ["Cod de reducere"], "en"),
    ("can I use 2 codes", ["One code per order"], "en"),
    ("binevenit5 says minimum order not reached", ["400 lei"], "en"),
    ("forgot my discount code, can you still apply it", ["cannot be added after ordering"], "en"),
    ("found these tyres cheaper at another shop, do you price match?", ["Price match"], "en"),
    ("whats the winter early bird offer", ["15 October"], "en"),
    ("aveți cod de reducere pentru prima comandă?", ["5%"], "ro"),
    ("имате ли промокод за първа поръчка?", ["5%"], "bg"),
]:
    c(m, False, "payment", "discount-codes", mm, l=l)

# ------------------------------------------------------------------- account
for m, mm, l in [
    (["can't log in", "forgot my password"], ["Am uitat parola"], "en"),
    ("reset link says expired", ["60 minutes"], "en"),
    ("account locked, tried too many times", ["30 minutes"], "en"),
    ("how do I save my car so it only shows tyres that fit", ["My garage"], "en"),
    ("am uitat parola", ["60"], "ro"),
    ("elfelejtettem a jelszavamat", [], "hu"),
    ("забыл пароль от аккаунта", ["60"], "ru"),
    ("не можу увійти в акаунт", [], "uk"),
]:
    c(m, False, "account", "account", mm, l=l)

# ------------------------------------------------------------------- privacy
for m, mm, l in [
    ("how do i delete my account", ["Delete account"], "en"),
    ("how long do you keep my invoices", ["10 years"], "en"),
    ("can i delete my account while my tyres are in your hotel", ["collect them first"], "en"),
    ("where do I send a GDPR request", [GDPR], "en"),
    ("cum îmi șterg contul?", ["30"], "ro"),
    ("как удалить мои персональные данные?", [GDPR], "ru"),
]:
    c(m, False, "account", "privacy", mm, l=l)

# ------------------------------------------------------------------ warranty
for m, mm, l in [
    (["looking at the continental premiumcontact 7", "what's the warranty on tyres"], ["2 years"], "en"),
    ("steering wheel shakes since you fitted my tyres last week", ["30 days", "1,000 km"], "en"),
    ("my tyre has a bulge but i never hit anything", [GAR], "en"),
    ("ce garanție au anvelopele?", ["2"], "ro"),
    ("volanul vibrează de când mi-ați montat anvelopele", ["30"], "ro"),
    ("гумата има балон, без да съм удрял нищо", [GAR], "bg"),
    ("какая гарантия на аккумулятор?", ["2"], "ru"),
    ("Wie lange ist die Garantie auf Reifen?", ["2"], "de"),
]:
    c(m, False, "return_refund", "warranty", mm, l=l)

# ================================================== the trade's own pages
# ------------------------------------------------------------- tyre sizes
for m, mm, l in [
    ("what does 205/55 R16 91V mean", ["load index"], "en"),
    ("my car papers say 205/55 R16, can i put 225/45 R17 on it", ["registration certificate"], "en"),
    ("buying only 2 new tyres, front or back?", ["rear axle"], "en"),
    ("how far can i drive on run flats after a puncture", ["80 km"], "en"),
    ("what do the letters on the eu tyre label mean", ["wet grip"], "en"),
    (["vreau să cumpăr anvelope noi pentru Golf", "ce înseamnă 91V pe anvelopă?"], ["615", "240"], "ro"),
    ("mit jelent a 94Y XL a gumin?", ["670", "300"], "hu"),
    ("какво означава индекс на скоростта T?", ["190"], "bg"),
    ("что значит 205/55 R16 91V?", ["615", "240"], "ru"),
    ("що означає індекс навантаження 88?", ["560"], "uk"),
]:
    c(m, False, "product_info", "tyre-sizes", mm, l=l)

# --------------------------------------------------------------- DOT date
for m, mm, l in [
    ("how old are the tyres you send", ["less than 3 years old"], "en"),
    ("what does DOT 3824 mean", ["week 38 of 2024"], "en"),
    ("can i choose the dot year when ordering", ["before ordering"], "en"),
    ("got tyres made in 2023, are they still new?", ["5 years"], "en"),
    ("my tyres are 8 years old but the tread is fine, do I replace them?", ["10 years"], "en"),
    ("received a tyre with DOT 1021 on it, what now", ["30 days"], "en"),
    ("ce înseamnă DOT 1524?", ["15", "2024"], "ro"),
    ("milyen régiek a gumik, amiket küldtök?", ["3"], "hu"),
]:
    c(m, False, "product_info", "dot-date", mm, l=l)

# ------------------------------------------------- winter tyres and the law
for m, mm, l in [
    (["first winter with my own car", "when should i change to winter tyres"], ["7 °C"], "en"),
    (["I'm moving to bucharest from spain next month with my car", "are winter tyres mandatory in romania"], ["snow, ice or frost"], "en"),
    ("do I need winter tyres to drive to sofia in december", ["4 mm"], "en"),
    ("winter tyres required in hungary?", ["No general winter tyre obligation"], "en"),
    ("do all season tyres count as winter tyres in romania", ["3PMSF"], "en"),
    ("going to chisinau for christmas, do i need winter tyres there", ["1 December"], "en"),
    ("are all season tyres ok for driving to poiana brasov every weekend?", ["mountain roads"], "en"),
    ("sunt obligatorii cauciucurile de iarnă în România?", [], "ro"),
    ("când trebuie să schimb pe iarnă?", ["7"], "ro"),
    ("задължителни ли са зимните гуми в България?", ["15", "4"], "bg"),
    ("коли міняти шини на зимові?", ["7"], "uk"),
]:
    c(m, False, "product_info", "winter-rules", mm, l=l)

# ------------------------------------------------- fitting: prices, booking
for m, mm, l in [
    (["i've got 4 new tyres coming, 205/55 R16, car is a golf", "how much is fitting for 4 tyres r16"], ["180 lei"], "en"),
    ("price to change tyres on an suv with 19 inch rims", ["320 lei"], "en"),
    ("how much to just swap complete wheels, r16", ["90 lei"], "en"),
    ("how do i book an appointment", [BOOK], "en"),
    ("why do I have to pay 50 lei to book online", ["deposit"], "en"),
    ("will you fit tyres I bought somewhere else", ["20%"], "en"),
    ("what if i'm 20 min late for my slot", ["15 minutes"], "en"),
    ("how do I move my fitting appointment to another day", ["2 hours"], "en"),
    ("I have locking wheel nuts, anything I should bring?", ["key"], "en"),
    ("cât costă montajul pe R17?", ["200"], "ro"),
    ("cum fac o programare la montaj?", [BOOK], "ro"),
    ("mennyibe kerül a gumicsere 16 colos felnire?", ["180"], "hu"),
    ("колко струва смяна на гуми R15?", ["160"], "bg"),
    (["у меня Audi A4 на 18-х дисках", "сколько стоит шиномонтаж R18?"], ["240"], "ru"),
]:
    c(m, False, "product_info", "fitting", mm, l=l)

# --------------------------------------------------------------- tyre hotel
for m, mm, l in [
    (["we just moved to a flat with no basement", "how much is tyre storage"], ["150 lei"], "en"),
    ("tyre hotel for 19 inch suv tyres?", ["220 lei"], "en"),
    ("any discount if I pay for a full year of storage?", ["10%"], "en"),
    ("how many days notice to get my tyres out of storage", ["2 working days"], "en"),
    ("are my tyres insured while you store them", ["4,000 lei"], "en"),
    ("what happens if I forget my tyres with you for years", ["60 days"], "en"),
    ("do your partners in cluj have the tyre hotel too", ["only at our fitting centre"], "en"),
    (["nu mai am loc în bloc pentru anvelopele de vară", "cât costă hotelul de anvelope?"], ["150"], "ro"),
    ("сколько стоит хранение шин на сезон?", ["150"], "ru"),
]:
    c(m, False, "product_info", "tyre-hotel", mm, l=l)

# --------------------------------------------------------------------- TPMS
for m, mm, l in [
    (["my winter wheels have no sensors and the light stays on all winter", "how much is a tpms sensor"], ["229 lei"], "en"),
    ("tyre pressure light just came on", ["door sticker"], "en"),
    ("the tpms light flashes for a bit then stays on", ["faulty"], "en"),
    ("do i need sensors in my winter wheels as well", ["own sensors"], "en"),
    ("cât costă un senzor de presiune?", ["229"], "ro"),
    ("mi s-a aprins martorul de presiune în roți", [], "ro"),
    ("mennyibe kerül a nyomásérzékelők programozása?", ["50"], "hu"),
    ("загорелась лампочка давления в шинах", [], "ru"),
]:
    c(m, False, "product_info", "tpms", mm, l=l)

# -------------------------------------------------------- road hazard cover
for m, mm, l in [
    (["saw 'Garanție Pericole Rutiere 1 an' on the michelin page", "what is the road hazard warranty"], ["1 year"], "en"),
    (["had a bad drive home on the A1 last night", "hit a pothole and there's a bulge now, are my michelins covered"], ["7 days"], "en"),
    ("does road hazard cover a nail", ["free of charge"], "en"),
    ("are tyres I fitted myself covered by road hazard", ["fitted somewhere other"], "en"),
    ("i drive for bolt, is road hazard still valid?", ["ride-sharing"], "en"),
    ("am lovit o bordură și anvelopa are o umflătură, intră la pericole rutiere?", ["7"], "ro"),
    ("пропаднах в дупка и гумата има балон, покрива ли се?", [GAR], "bg"),
    ("kátyúba hajtottam, tönkrement a gumi, érvényes a garancia?", ["7"], "hu"),
    ("пробил шину гвоздём, действует ли гарантия от повреждений?", [], "ru"),
]:
    c(m, False, "return_refund", "road-hazard", mm, l=l)

# ----------------------------------------------------------- alloy wheels
for m, mm, l in [
    (["want black alloys for a winter set", "which wheels fit my 2018 octavia"], ["Caută după mașină"], "en"),
    (["looking at the dezent TR 7x16 for my golf", "what does ET45 mean"], ["offset"], "en"),
    ("do the wheels come with bolts", ["without bolts"], "en"),
    ("can i reuse my steel wheel bolts on alloys", ["often do not fit"], "en"),
    ("wheel size isn't in my CIV, is it legal", ["RAR"], "en"),
    ("if I buy wheels and tyres together, do you mount them", ["free of charge"], "en"),
    ("ce jante se potrivesc la Logan 2020?", [], "ro"),
    ("mit jelent az 5x112 a felninél?", ["112"], "hu"),
    ("джантите идват ли с болтове?", [], "bg"),
]:
    c(m, False, "product_info", "alloy-wheels", mm, l=l)

# ------------------------------------------------------------ snow chains
for m, mm, l in [
    (["heading to sinaia next weekend and they say it'll snow", "what size snow chains for 205/55 R16"], ["090"], "en"),
    ("max speed with chains on", ["50 km/h"], "en"),
    ("my manual says chains not allowed, what do I use", ["snow socks"], "en"),
    ("where are chains mandatory in romania", ["Lanțuri obligatorii"], "en"),
    ("cu ce viteză pot merge cu lanțuri?", ["50"], "ro"),
    ("kötelező a hólánc Magyarországon?", [], "hu"),
    ("какой размер цепей нужен на 195/65 R15?", ["090"], "ru"),
]:
    c(m, False, "product_info", "snow-chains", mm, l=l)

# --------------------------------------------------------------- batteries
for m, mm, l in [
    (["just ordered the varta e11", "why is there 30 lei extra on my battery"], ["deposit"], "en"),
    ("how do I get the 30 lei deposit back", ["30 days"], "en"),
    ("my car has start stop, what kind of battery", ["AGM"], "en"),
    ("battery coding on a bmw, how much?", ["60 lei"], "en"),
    ("can you test my battery? car struggles on cold mornings", ["5 minutes"], "en"),
    (["am comandat o baterie Rombat de 44Ah", "de ce plătesc 30 de lei garanție la baterie?"], ["30"], "ro"),
    ("мога ли да купя акумулатор и да го взема от сервиза в Букурещ?", [], "bg"),
    ("Was ist das Batteriepfand von 30 lei?", ["30"], "de"),
]:
    c(m, False, "product_info", "batteries", mm, l=l)

# ------------------------------------------- wipers, roof boxes, dash cams
for m, mm, l in [
    (["my wipers squeak and leave streaks", "how often should wiper blades be replaced"], ["12 months"], "en"),
    ("max speed with a roof box", ["130 km/h"], "en"),
    (["thinking of buying the garmin mini 2", "is a dash cam legal in romania"], ["legal"], "en"),
    ("does the dash cam come with an sd card", ["not included"], "en"),
    ("how much to set up parking mode", ["120 lei"], "en"),
    ("montați bare transversale pe mașină?", ["50"], "ro"),
    ("сколько стоит подключить видеорегистратор для режима парковки?", ["120"], "ru"),
    ("Wie schnell darf ich mit einer Dachbox fahren?", ["130"], "de"),
]:
    c(m, False, "product_info", "accessories", mm, l=l)

# ---------------------------------------------------- tyre care, punctures
for m, mm, l in [
    (["new tyres fitted last week", "how often should I check tyre pressure"], ["once a month"], "en"),
    ("where do I find the right pressure for my car", ["door frame"], "en"),
    (["got a screw in my rear tyre this morning, it's losing air slowly", "can you fix a puncture, how much"], ["40 lei"], "en"),
    ("nail in the sidewall, can it be repaired?", ["sidewall"], "en"),
    ("how often should tyres be rotated", ["10,000 km"], "en"),
    ("used the sealant from my repair kit, can you still patch it?", ["cleaned out"], "en"),
    ("cât costă să reparați o pană?", ["40"], "ro"),
    ("mennyibe kerül egy defekt javítása?", ["40"], "hu"),
    ("скільки коштує ремонт проколу?", ["40"], "uk"),
]:
    c(m, False, "product_info", "tyre-care", mm, l=l)

# ------------------------------------------------- products (data answers)
for m, mm, l in [
    ("how much is the michelin primacy 4+ 205/55 R16", ["489"], "en"),
    ("is the barum polaris 5 in stock?", ["Stoc furnizor"], "en"),
    ("price of continental wintercontact ts 870 225/45 R17", ["659"], "en"),
    ("do you have all season tyres in 175/65 R14", ["Debica"], "en"),
    ("whats the load index on the bridgestone turanza 6", ["99"], "en"),
    ("how much is the varta agm g14 95Ah", ["249"], "en"),
    ("which chains for 235/55 R19, is the XG-12 Pro 245 right?", ["245"], "en"),
    ("cât costă Michelin Alpin 7 205/55 R16?", ["549"], "ro"),
    ("cât costă bateria Rombat 44Ah?", ["329"], "ro"),
    ("mennyibe kerül a Michelin CrossClimate 2?", ["579"], "hu"),
    ("колко струва Continental PremiumContact 7 225/45 R17?", ["629"], "bg"),
    ("сколько стоят шины Kumho Solus 4S HA32?", ["309"], "ru"),
    ("скільки коштує Nokian Snowproof P 195/65 R15?", ["399"], "uk"),
    ("Was kostet die Dezent TR 7x16?", ["529"], "de"),
]:
    c(m, False, "product_info", None, mm, l=l)

# ------------------------------------------------------- order status (data)
for m, mm, mnm, l, cu in [
    ("where is my order AR-7741093?", ["2291847109311"], [], "en", "u31001"),
    ("ar7741093 tracking pls", ["2291847109311"], [], "en", "u31001"),
    ("did my wiper blades from june arrive?", ["delivered"], [], "en", "u31001"),
    ("unde e comanda mea 7741093?", ["2291847109311"], [], "ro", "u31001"),
    ("Къде е поръчката ми AR-7741135?", ["61840113528"], [], "bg", "u31003"),
    ("поръчка 7741430 с чистачките пристигна ли?", ["61840143017"], [], "bg", "u31003"),
    ("hol tart a rendelésem? AR-7741141", ["30918411416"], [], "hu", "u31004"),
    ("где мой заказ #7741150?", ["20450741150336"], [], "ru", "u31005"),
    ("my battery order 7741162 still says pending, did you get my bank transfer?", ["pending"], [], "en", "u31006"),
    ("comanda 7741177 a fost livrată?", ["2291841177024"], [], "ro", "u31007"),
    ("just checking that 7741186 really got cancelled", ["cancelled"], [], "en", "u31008"),
    ("did the refund for my chains go through? order 7741190", ["refunded"], [], "en", "u31009"),
    ("where are my xg-12 chains, AR 7741494", ["2291841494066"], [], "en", "u31010"),
    ("când vine bateria? comanda AR-7741215", ["2291841215091"], [], "ro", "u31011"),
    ("пратката ми 7741246 доставена ли е?", ["61841124610"], [], "bg", "u31014"),
    ("where are my 2 continentals? #7741267", ["2291841267183"], [], "en", "u31016"),
    ("my tyres from the order last week, where are they?", ["2291841267183"], [], "en", "u31016"),
    ("AR-7741284, was that with the TPMS sensors included?", ["Schrader"], [], "en", "u31018"),
    ("my order 7741299 is still pending, I chose cash on delivery, is that normal?", ["pending"], [], "en", "u31019"),
    ("AR-7741305 wheels, have they shipped?", ["paid"], [], "en", "u31020"),
    ("hol van a hóláncom? 7741318", ["30918413187"], [], "hu", "u31021"),
    ("где мои шины? заказ AR-7741357", ["20450741357219"], [], "ru", "u31025"),
    ("comanda ar 7741361, unde e?", ["2291841361285"], [], "ro", "u31026"),
    ("когда придут мои шины? номер 7741408", ["20450741408552"], [], "ru", "u31030"),
    ("where are my alpin 7s? 7741446, going to a partner in brasov", ["2291841446139"], [], "en", "u31033"),
    ("Wo ist meine Bestellung 7741520?", ["2291841520391"], [], "de", "u31039"),
    ("де мої шини? AR-7741555", ["61841155532"], [], "uk", "u31041"),
    ("hol a csomagom? AR 7741584", ["30918415847"], [], "hu", "u31044"),
    ("поръчката ми с Goodyear 7741322 доставена ли е?", ["61841132249"], [], "bg", "u31022"),
]:
    c(m, False, "order_status", None, mm, mnm, l=l, cu=cu)
# someone else's order / no such order / no number at all
for m, mnm, l in [
    ("where is order AR-7741093?", ["2291847109311"], "en"),
    ("unde e comanda 7741141?", ["30918411416"], "ro"),
    ("status of AR-7749999?", [], "en"),
    ("где заказ 7741999?", [], "ru"),
    ("my 4 michelins from last week still aren't here", ["2291847109311"], "en"),
    ("#7740001 where is it", [], "en"),
    ("къде е поръчка 7741322?", ["61841132249"], "bg"),
]:
    c(m, False, "order_status", None, [], mnm, l=l)
# orders whose answer a page gives
c("my barum tyres AR-7741228 still say paid, not shipped, why?", False, "order_status", "shipping", ["2–4 working days"], cu="u31012")
c("will I pay customs when AR-7741150 arrives?", False, "shipping", "moldova-customs", ["20%"], cu="u31005")
c("надо ли будет платить на таможне за 7741408?", False, "shipping", "moldova-customs", ["200"], l="ru", cu="u31030")
c("when will the partner call me about AR-7741446?", False, "order_status", "partner-fitting", ["1 working day"], cu="u31033")
c("AR-7741120 includes fitting, how do I book the slot?", False, "order_status", "fitting", ["order e-mail"], cu="u31002")
c("кога ще пристигне 7741135 в София?", False, "order_status", "shipping", ["2–4"], l="bg", cu="u31003")
c("7741162 is pending, how long will you keep the battery for my transfer?", False, "payment", "payment", ["3 working days"], cu="u31006")
c("I picked up my battery AR-7741533 at the centre, did you keep my old one or do I get the deposit?", False, "product_info", "batteries", ["30 days"], cu="u31040")

# ---------------------------------------- numbers that are not order numbers
for m, it, art, mm, l in [
    ("I have 205/55 R16 91V summers, can the winter ones be 91H?", "product_info", "tyre-sizes", ["sticker"], "en"),
    ("car weighs 1450 kg, is load index 88 enough?", "product_info", "tyre-sizes", ["560 kg"], "en"),
    ("is 061103 your postcode? want to put it in the gps", "other", "fitting-centre", ["Iuliu Maniu 71"], "en"),
    ("4 tyres at 489 lei each to 400115 Cluj-Napoca, is shipping free?", "shipping", "shipping", ["free for 2 or more"], "en"),
    ("my dash cam has 256 GB microSD, will it work in the 70mai?", "product_info", None, ["128 GB"], "en"),
    ("Varta E11 74Ah 680A or Bosch S5 005 63Ah 610A, old one was 72Ah 680A", "product_info", "batteries", ["cold cranking"], "en"),
    ("4 jante 7x16 ET45 5x112 pentru Octavia 2019, se potrivesc?", "product_info", "alloy-wheels", [], "ro"),
    ("am un Logan 1.2 din 2014, ce baterie de 44Ah aveți?", "product_info", None, ["329"], "ro"),
    ("a 195/65 R15 91T gumimra a 090-es lánc jó?", "product_info", "snow-chains", ["090"], "hu"),
    ("мне нужно 4 шины 215/60 R16 99V, сколько будет монтаж?", "product_info", "fitting", ["180"], "ru"),
    ("карам с 160 км/ч по магистралата, стига ли ми индекс T?", "product_info", "tyre-sizes", ["190"], "bg"),
]:
    c(m, False, it, art, mm, l=l)

# ============================================================ hand-overs
# --------------------------------------------- explicit asks for a person
for m, l in [
    ("can i talk to a human", "en"),
    ("real person please", "en"),
    ("operator", "en"),
    ("transfer me pls", "en"),
    ("is there a real person here?", "en"),
    ("can someone call me back on 0744 512 309", "en"),
    ("I want to speak to your manager", "en"),
    ("put me through to Andrei at the fitting centre, he did my car last week", "en"),
    ("I'd like one of your wheel specialists to call me, please", "en"),
    ("could a colleague of yours phone me this afternoon?", "en"),
    ("get me a supervisor", "en"),
    ("Good morning. I would appreciate it if a member of your team could contact me regarding my purchase. Kind regards, D. Ionescu", "en"),
    ("pls connect me w sales", "en"),
    ("not a bot. a person.", "en"),
    ("vreau să vorbesc cu un operator", "ro"),
    ("pot vorbi cu un om, vă rog?", "ro"),
    ("mă poate suna cineva înapoi? 0723 118 450", "ro"),
    ("dați-mi un coleg de la service", "ro"),
    ("vreau să vorbesc cu managerul", "ro"),
    ("transferă-mă la cineva real, te rog", "ro"),
    ("aș dori să fiu contactat de un consultant", "ro"),
    ("se poate să vorbesc cu Mihai de la montaj?", "ro"),
    ("beszélhetnék egy munkatárssal?", "hu"),
    ("kérem, hívjanak vissza", "hu"),
    ("embert kérek, ne gépet", "hu"),
    ("искам да говоря с човек", "bg"),
    ("може ли някой да ми се обади?", "bg"),
    ("свържете ме с оператор, моля", "bg"),
    ("дайте ми управителя", "bg"),
    ("хочу поговорить с оператором", "ru"),
    ("можно живого человека?", "ru"),
    ("перезвоните мне, пожалуйста, +373 69 412 775", "ru"),
    ("соедините с менеджером", "ru"),
    ("з'єднайте мене з оператором", "uk"),
    ("можна поговорити з живою людиною?", "uk"),
    ("передзвоніть мені, будь ласка", "uk"),
    ("Ich möchte mit einem Mitarbeiter sprechen", "de"),
    ("Kann mich bitte jemand zurückrufen?", "de"),
]:
    c(m, True, "human_request", None, l=l)

# ------------------------------------------------- press and partnerships
for m, l in [
    ("I'm a journalist at Digi24 working on a piece about winter tyre prices, could someone from management contact me?", "en"),
    ("avem un service în Brașov și vrem să devenim partener, cu cine pot vorbi?", "ro"),
    ("имаме сервиз в Русе и искаме да станем ваш партньор, с кого да говоря?", "bg"),
    ("Kolozsváron van egy gumiszervizünk, szeretnénk partnerek lenni, kivel beszélhetnénk?", "hu"),
    ("Мы таксопарк в Кишинёве, хотим обсудить с менеджером оптовые условия", "ru"),
]:
    c(m, True, "human_request", "contact", l=l)

# -------------------------------------------- cancel or change an order
for m, it, art, l, cu in [
    ("please cancel my order AR-7741120", "order_status", "order-changes", "en", "u31002"),
    ("anulați vă rog comanda 7741120, m-am răzgândit", "order_status", "order-changes", "ro", "u31002"),
    ("can you change AR-7741299 to 205/55 R16? I picked the wrong size", "order_status", "order-changes", "en", "u31019"),
    ("vă rog schimbați adresa la comanda 7741299, m-am mutat în Ploiești", "order_status", "order-changes", "ro", "u31019"),
    ("add 4 TPMS sensors to my wheel order AR-7741305 please", "order_status", "order-changes", "en", "u31020"),
    ("puteți adăuga și prezoane la comanda 7741305?", "order_status", "order-changes", "ro", "u31020"),
    ("please switch AR-7741228 to delivery at a partner fitting centre in Pitesti", "order_status", "order-changes", "en", "u31012"),
    ("anulați comanda 7741228, nu mai vreau să aștept după furnizor", "order_status", "order-changes", "ro", "u31012"),
    ("cancel the battery order 7741162, I'll buy one locally", "order_status", "order-changes", "en", "u31006"),
    ("моля, откажете поръчка AR-7741135", "order_status", "order-changes", "bg", "u31003"),
    ("поменяйте адрес доставки в заказе 7741408, я переехал в Бельцы", "order_status", "order-changes", "ru", "u31030"),
    ("скасуйте, будь ласка, замовлення AR-7741555", "order_status", "order-changes", "uk", "u31041"),
    ("kérem, töröljék a 7741584-es rendelést", "order_status", "order-changes", "hu", "u31044"),
    ("Bitte stornieren Sie die Bestellung 7741520", "order_status", "order-changes", "de", "u31039"),
    ("please add fitting to 7741569, I'll come to iuliu maniu", "order_status", "order-changes", "en", "u31042"),
    ("can you send 7741384 to our depot in Otopeni instead of the office?", "order_status", "order-changes", "en", "u31028"),
    ("redirect AR-7741446 to my home instead, the partner garage closed down", "order_status", "order-changes", "en", "u31033"),
    ("the courier took my parcel 7741267 back to you, please send it again", "order_status", "delivery-problems", "en", "u31016"),
    ("cancel my fitting AR-7741489 please, I sold the car", "order_status", "fitting", "en", "u31007"),
    ("please move my fitting tomorrow to saturday morning, the link in the SMS won't open", "order_status", "fitting", "en", None),
    ("mutați-mi vă rog programarea de joi pe vineri la 17", "order_status", "fitting", "ro", None),
    ("I want my money back for the Dezent wheels AR-7741177, just refund me", "return_refund", "returns", "en", "u31007"),
    ("schimbați-mi jantele din comanda 7741177 cu varianta neagră, nu le-am montat", "return_refund", "returns", "ro", "u31007"),
    ("can you swap the 2 Continentals in 7741267 for the winter version? not fitted", "return_refund", "returns", "en", "u31016"),
    ("вместо Kumho хочу Michelin, замените шины в заказе 7741357", "return_refund", "returns", "ru", "u31025"),
    ("върнете ми парите за Kleber гумите от 7741246, не ги искам", "return_refund", "returns", "bg", "u31014"),
]:
    c(m, True, it, art, l=l, cu=cu)

# --------------------------------------------- things only staff can do
E = []  # (message, intent, article, lang, customer)
E += [  # charged twice / unknown charge
    ("you charged me twice for AR-7741093, 1956 lei both booked, it's been 9 days", "payment", "payment", "en", "u31001"),
    ("mi-ați luat banii de două ori pentru aceeași comandă, ambele plăți sunt decontate de o săptămână", "payment", "payment", "ro", None),
    ("két alkalommal vonták le a pénzt ugyanarra a rendelésre, mindkettő könyvelve", "payment", "payment", "hu", None),
    ("двойно ми изтеглихте парите за поръчката, и двете плащания са осчетоводени", "payment", "payment", "bg", None),
    ("с карты списали дважды за один заказ, прошло уже две недели", "payment", "payment", "ru", None),
    ("there's a 649 lei charge from anvelope rapid on my card and I never ordered anything", "payment", None, "en", None),
]
E += [  # charged after cancelling
    ("I cancelled AR-7741340 on 2 october and the 1956 lei is still gone from my account, it's not a reservation", "payment", "order-changes", "en", "u31024"),
    ("am anulat comanda 7741340 și banii tot nu s-au întors", "payment", "order-changes", "ro", "u31024"),
    ("I cancelled the garmin order 7741186 and was charged anyway", "payment", "order-changes", "en", "u31008"),
    ("скасував замовлення, а гроші все одно списали", "payment", "order-changes", "uk", None),
    ("TBI Pay still shows the credit as active even though you cancelled my order three weeks ago", "payment", "order-changes", "en", None),
]
E += [  # refund missing or disputed
    ("my refund for the nexen tyres AR-7741336 says refunded since 30 september, nothing on my card", "return_refund", "returns", "en", "u31023"),
    ("am returnat barele Thule în august și banii nu au venit nici acum", "return_refund", "returns", "ro", "u31038"),
    ("върнах гумите преди месец, парите още ги няма", "return_refund", "returns", "bg", None),
    ("3 hete visszaküldtem a felniket, még mindig nincs meg a pénz", "return_refund", "returns", "hu", None),
    ("returned the chains 7741190, four weeks later still no money", "return_refund", "returns", "en", "u31009"),
    ("my bank says you never sent the refund, your email says it was sent on the 3rd. who is right?", "payment", "returns", "en", None),
    ("банката казва, че не сте върнали парите, а вие казвате, че сте ги върнали", "payment", "returns", "bg", None),
]
E += [  # gift cards and credit
    ("my 500 lei gift card from AR-7741231 shows 0 balance and I never used it", "payment", "gift-cards", "en", "u31013"),
    ("creditul din cont a dispărut, aveam 350 de lei de la un retur", "payment", "gift-cards", "ro", None),
    ("the gift card I bought for my dad (7741548) never arrived, resent it twice, not in spam", "payment", "gift-cards", "en", "u31002"),
    ("подарочная карта пропала из аккаунта, там было 300 лей", "payment", "gift-cards", "ru", None),
]
E += [  # order not placed, deletion, locked out
    ("there's an order for 4 wheels in my account that I didn't make", "account", None, "en", None),
    ("în contul meu apare o comandă pe care nu am făcut-o eu", "account", None, "ro", None),
    ("в профила ми има поръчка, която не съм правил", "account", None, "bg", None),
    ("I asked you to delete my data in august and I still get sms offers", "account", "privacy", "en", None),
    ("am cerut ștergerea contului acum 2 luni și tot primesc newsletter", "account", "privacy", "ro", None),
    ("kértem az adataim törlését, de még mindig kapok tőletek leveleket", "account", "privacy", "hu", None),
    ("reset my password 4 times, no email, not in spam either, and I need my invoice", "account", "account", "en", None),
    ("am încercat de 3 ori resetarea parolei, nu primesc nimic, nici în spam", "account", "account", "ro", None),
    ("сбросил пароль уже 5 раз, письма нет, спам проверил", "account", "account", "ru", None),
]
E += [  # delivered, not received, already looked
    ("fan courier says 7741270 was delivered on saturday, asked the neighbours and the administrator, checked everywhere, 4 days now", "complaint", "delivery-problems", "en", "u31017"),
    ("пише доставено, питах съседите и портиера, нищо няма вече 5 дни", "complaint", "delivery-problems", "bg", None),
    ("a GLS szerint kézbesítették, a szomszédokat is megkérdeztem, semmi, már egy hete", "complaint", "delivery-problems", "hu", None),
    ("scrie livrat de luni, am întrebat vecinii și administratorul, am așteptat și a doua zi, nimic", "complaint", "delivery-problems", "ro", None),
]
E += [  # price match refund after ordering
    ("I ordered AR-7741093 three days ago and the same Primacy 4+ is 60 lei cheaper at another Romanian shop, here's the link, please refund the difference", "payment", "discount-codes", "en", "u31001"),
    ("am găsit aceleași anvelope cu 200 de lei mai ieftin la alt magazin, vreau diferența înapoi pentru 7741571", "payment", "discount-codes", "ro", "u31043"),
]
E += [  # warranty and road hazard beyond the first report
    ("your road hazard team rejected my claim saying the tyre was driven flat, I only drove 200 m to a parking lot", "return_refund", "road-hazard", "en", None),
    ("sent photos of the bulge to garantii@ 8 days ago and nobody answered", "return_refund", "road-hazard", "en", None),
    ("the AGM battery from AR-7741379 was replaced under warranty and the new one died again after 2 months", "return_refund", "warranty", "en", "u31027"),
    ("warranty claim for a tyre with tread separation, 3 weeks and no answer", "return_refund", "warranty", "en", None),
    ("am trimis reclamația de garanție acum 20 de zile și nu răspunde nimeni", "return_refund", "warranty", "ro", None),
    ("рекламацията ми за гумите е отхвърлена, а гумата явно е с фабричен дефект", "return_refund", "warranty", "bg", None),
]
E += [  # damage or danger after our fitting
    ("after you changed my tyres yesterday a wheel came loose on the motorway, the bolts were not tight", "complaint", "fitting", "en", None),
    ("your fitter scratched all 4 of my alloys during fitting today", "complaint", "fitting", "en", None),
    ("la montaj mi-ați zgâriat jantele și nimeni nu vrea să recunoască", "complaint", "fitting", "ro", None),
    ("після вашого шиномонтажу кермо б'є і щось стукає в колесі, страшно їхати", "complaint", "fitting", "uk", None),
]
E += [  # tyre hotel
    ("came to collect my summer tyres from the hotel and you gave me someone else's set", "complaint", "tyre-hotel", "en", None),
    ("my tyres disappeared from your tyre hotel, you say there's no set under my plate", "complaint", "tyre-hotel", "en", "u31015"),
    ("ați aruncat anvelopele mele din hotel fără să mă anunțați, am plătit sezonul", "complaint", "tyre-hotel", "ro", None),
    ("хранил шины у вас, забрал — одна порезана", "complaint", "tyre-hotel", "ru", None),
]
E += [  # deposit, tax-free, Moldovan customs
    ("brought my old battery back within 2 weeks but the 30 lei deposit never came back", "payment", "batteries", "en", None),
    ("am adus bateria veche la timp și nu mi-ați dat înapoi garanția de 30 lei", "payment", "batteries", "ro", None),
    ("Nova Post charged me 3,400 MDL for customs on AR-7741150, that's way more than 20%, it's wrong", "shipping", "moldova-customs", "en", "u31005"),
    ("на таможне взяли в два раза больше, чем должно быть, заказ 7741357", "shipping", "moldova-customs", "ru", "u31025"),
    ("сдал tax free чек с печатью таможни ещё в августе, НДС так и не вернули", "payment", "moldova-customs", "ru", None),
]
E += [  # replacement damaged again, invoice still wrong
    ("the replacement wheel you sent is scratched too, that's the second time", "complaint", "damaged-parcels", "en", None),
    ("и новият диск дойде надраскан, втори път", "complaint", "damaged-parcels", "bg", None),
    ("asked twice for the invoice on our company for AR-7741384 and it's still on my name, our accountant is not happy", "payment", "invoices", "en", "u31028"),
]
E += [  # legal threats and staff
    ("if I don't get my money by friday I'm filing a complaint with ANPC", "complaint", None, "en", None),
    ("voi depune reclamație la ANPC dacă nu rezolvați până mâine", "complaint", None, "ro", None),
    ("the guy at the counter at iuliu maniu was really rude to my wife today", "complaint", None, "en", None),
    ("жалоба на вашего сотрудника, нагрубил мне по телефону", "complaint", None, "ru", None),
    ("ще подам сигнал в КЗП, ако не ми отговорите", "complaint", None, "bg", None),
    ("Ich schalte einen Anwalt ein, wenn das nicht geklärt wird", "complaint", None, "de", None),
]
for m, it, art, l, cu in E:
    c(m, True, it, art, l=l, cu=cu)

# ================================================== conversations (2-4 turns)
# ---- a question is answered, then a person is asked for
for msgs, art, l in [
    (["how much is fitting for r17", "ok can i talk to someone to book it over the phone"], "fitting", "en"),
    (["what's the warranty on tyres", "ok. can a real person look at my tyre photos?"], "warranty", "en"),
    (["how does the tyre hotel work", "fine, human please"], "tyre-hotel", "en"),
    (["what size chains for 205/55 R16", "thanks. can someone from the shop call me about it anyway"], "snow-chains", "en"),
    (["do I pay customs to moldova", "can someone call me, I'm ordering for my father's taxi company"], "moldova-customs", "en"),
    (["do you have partners in Timisoara", "ok, I'd still like to talk to a colleague"], "partner-fitting", "en"),
    (["what's road hazard cover", "right. can someone call me back about a claim"], "road-hazard", "en"),
    (["is the crossclimate 2 any good in snow", "ok. i want to speak to someone who actually knows tyres"], "winter-rules", "en"),
    (["which wheels fit a 2019 passat", "I'd rather a wheel specialist phoned me"], "alloy-wheels", "en"),
    (["cât costă montajul pe R16?", "bine, pot vorbi cu cineva de la service?"], "fitting", "ro"),
    (["ce garanție au bateriile?", "vreau totuși să vorbesc cu un om"], "batteries", "ro"),
    (["cum funcționează hotelul de anvelope?", "ok, mă poate suna cineva?"], "tyre-hotel", "ro"),
    (["livrați în Moldova?", "aș vrea să vorbesc cu un operator"], "shipping", "ro"),
    (["ce înseamnă DOT pe anvelopă?", "am înțeles, dar aș vrea să vorbesc cu un consultant"], "dot-date", "ro"),
    (["mennyi a szállítás Magyarországra?", "rendben, beszélhetnék valakivel?"], "shipping", "hu"),
    (["kötelező a téli gumi Romániában?", "inkább egy emberrel beszélnék"], "winter-rules", "hu"),
    (["колко струва доставката до България?", "добре, може ли да говоря с човек?"], "shipping", "bg"),
    (["каква е гаранцията на гумите?", "искам да говоря с някой от сервиза"], "warranty", "bg"),
    (["сколько стоит доставка в Молдову?", "понятно, соедините с оператором"], "shipping", "ru"),
    (["нужна ли зимняя резина в Молдове?", "хочу поговорить с живым человеком"], "winter-rules", "ru"),
    (["скільки коштує зберігання шин?", "дякую, а можна поговорити з людиною?"], "tyre-hotel", "uk"),
    (["Was kostet der Versand nach Ungarn?", "Ok, kann ich bitte mit jemandem sprechen?"], "shipping", "de"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- frustration that builds over the turns (no swearing)
for msgs, it, art, l in [
    (["where do i see my invoice", "there is no Invoice button in My orders", "still nothing there. you keep pasting the same answer"], "complaint", "invoices", "en"),
    (["how do I reset my password", "the email doesn't come", "checked spam 3 times, still nothing, this is useless"], "complaint", "account", "en"),
    (["tracking hasn't moved", "yes it's been 4 working days", "you're repeating yourself, I asked what you will DO about it"], "complaint", "delivery-problems", "en"),
    (["how do I move my appointment", "the link in the sms gives an error", "tried on my phone and laptop, same error, third time I'm telling you"], "complaint", "fitting", "en"),
    (["my tpms light is on", "I already checked the pressure, all 2.3 bar", "did that twice, light still on. this isn't helping at all"], "complaint", "tpms", "en"),
    (["which chains for my car", "I can't read the size on the tyre, it's worn", "I told you I can't find it. third time."], "complaint", "snow-chains", "en"),
    (["where do I enter the binevenit5 code", "there's no box for it in the basket", "I've looked again and again, nothing, this is a waste of time"], "complaint", "discount-codes", "en"),
    (["unde găsesc factura?", "nu apare la comenzile mele", "v-am zis deja de două ori, nu e acolo"], "complaint", "invoices", "ro"),
    (["cum mut programarea?", "linkul din SMS nu merge", "a treia oară vă scriu același lucru, nu mă ajutați deloc"], "complaint", "fitting", "ro"),
    (["de ce nu se mișcă coletul?", "au trecut 4 zile lucrătoare", "îmi tot dați același răspuns, e frustrant"], "complaint", "delivery-problems", "ro"),
    (["hol a számlám?", "nincs a rendeléseimnél", "harmadszor írom, ez így nem segít"], "complaint", "invoices", "hu"),
    (["как да сменя паролата?", "имейлът не идва", "трети път ви пиша, нищо не помага"], "complaint", "account", "bg"),
    (["где трек-номер моей посылки?", "в письме его нет", "уже третий раз спрашиваю, вы отвечаете одно и то же"], "complaint", "shipping", "ru"),
    (["як повернути диски?", "кнопки повернення немає", "втретє пишу, це не допомагає"], "complaint", "returns", "uk"),
    (["Wo finde ich meine Rechnung?", "Da ist nichts", "Das ist jetzt das dritte Mal, das hilft mir nicht"], "complaint", "invoices", "de"),
]:
    c(msgs, True, it, art, l=l)
# frustration that ends with an ask for a person
for msgs, art, l in [
    (["my tracking hasn't moved since monday", "yes I checked the link", "ok this is pointless, get me a human"], "delivery-problems", "en"),
    (["the tpms light stays on", "pressure is fine, I checked", "forget it, let me talk to someone"], "tpms", "en"),
    (["my steering wheel shakes after fitting", "I came back once already for rebalancing", "can a real person just sort this out please"], "warranty", "en"),
    (["coletul nu a ajuns", "da, am verificat AWB-ul", "atunci vreau să vorbesc cu un om"], "delivery-problems", "ro"),
    (["паролата не работи", "вече опитах", "искам да говоря с човек"], "account", "bg"),
    (["a BINEVENIT5 kód nem működik", "többször beírtam", "kérem, kapcsoljon egy ügyintézőhöz"], "discount-codes", "hu"),
    (["посылка не двигается", "да, я проверял трек", "дайте мне оператора"], "delivery-problems", "ru"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- an answered question, then the staff-only problem comes out
for msgs, it, art, l, cu in [
    (["how long does a refund take", "well, mine for AR-7741336 says refunded since 30 september and I have nothing"], "return_refund", "returns", "en", "u31023"),
    (["why do I see 2 payments", "it's been 2 weeks and both are booked, not pending"], "payment", "payment", "en", "u31001"),
    (["how do I cancel an order", "I did cancel 7741340, and you still took the money"], "payment", "order-changes", "en", "u31024"),
    (["how long is the battery warranty", "it was already replaced once under it and the new one is dead too"], "return_refund", "warranty", "en", "u31027"),
    (["do you replace scratched wheels?", "you did, and the replacement is scratched as well"], "complaint", "damaged-parcels", "en", None),
    (["how do I delete my account", "I did that in march and I still get emails from you"], "account", "privacy", "en", None),
    (["where do I see my store credit", "it was there yesterday and now it's gone"], "payment", "gift-cards", "en", None),
    (["what do customs cost for moldova", "then why did Nova Post ask me for 3,400 MDL on a 2592 lei order?"], "shipping", "moldova-customs", "en", "u31005"),
    (["how does the road hazard claim work", "I did all that 10 days ago, sent photos, nobody replied"], "return_refund", "road-hazard", "en", None),
    (["how do I get the battery deposit back", "I brought the old battery on the 5th and still nothing"], "payment", "batteries", "en", None),
    (["în cât timp primesc banii după retur?", "au trecut 5 săptămâni de la returul barelor, 7741516"], "return_refund", "returns", "ro", "u31038"),
    (["cum anulez o comandă?", "am anulat-o deja pe 2 octombrie și banii tot nu au venit, 7741340"], "payment", "order-changes", "ro", "u31024"),
    (["колко време отнема възстановяването на парите?", "чакам вече пет седмици"], "return_refund", "returns", "bg", None),
    (["mennyi ideig tart a visszatérítés?", "már öt hete várok"], "return_refund", "returns", "hu", None),
    (["как удалить аккаунт?", "я удалил его ещё в апреле, а письма всё приходят"], "account", "privacy", "ru", None),
    (["як працює зберігання шин?", "я здав шини на зберігання, а тепер кажуть, що їх немає"], "complaint", "tyre-hotel", "uk", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- a problem reported, then it turns out staff are needed
for msgs, it, art, l, cu in [
    (["one wheel arrived scratched", "I sent the photos on WhatsApp 5 days ago and nobody has answered"], "complaint", "damaged-parcels", "en", None),
    (["tracking says delivered but I have nothing", "I did all that, neighbours, administrator, waited a day. it's been 4 days", "so what now"], "complaint", "delivery-problems", "en", "u31017"),
    (["I hit a pothole, bulge in the sidewall", "I brought it to the partner in Sibiu a week ago and they said you must approve, still waiting"], "return_refund", "road-hazard", "en", None),
    (["I cancelled an order, when's the money back?", "it's been 12 days and the money is booked, not reserved"], "payment", "order-changes", "en", "u31008"),
    (["my gift card email never came", "resent it from My orders twice, not in spam either"], "payment", "gift-cards", "en", "u31002"),
    (["a sosit o anvelopă tăiată", "am trimis pozele acum o săptămână și nu a răspuns nimeni"], "complaint", "damaged-parcels", "ro", None),
    (["пришёл не тот размер", "я писал вам неделю назад, никто не ответил"], "complaint", "damaged-parcels", "ru", None),
    (["a felni sérülten érkezett", "egy hete küldtem fotókat, azóta semmi"], "complaint", "damaged-parcels", "hu", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- change requests inside a conversation
for msgs, it, art, l, cu in [
    (["can I still change the size of an order I placed an hour ago?", "ok then please change AR-7741299 to 195/65 R15"], "order_status", "order-changes", "en", "u31019"),
    (["can you add bolts to an order after it's placed?", "great, please add the M14 set of 20 to 7741305"], "order_status", "order-changes", "en", "u31020"),
    (["where is my order AR-7741267", "can you deliver it to my office in Pipera instead"], "order_status", "order-changes", "en", "u31016"),
    (["mai pot anula comanda?", "atunci anulați vă rog 7741569"], "order_status", "order-changes", "ro", "u31042"),
    (["можно ли изменить заказ?", "тогда поменяйте адрес в 7741408 на Бельцы"], "order_status", "order-changes", "ru", "u31030"),
    (["how do returns work", "ok then refund 7741177 please, the wheels don't fit my car after all"], "return_refund", "returns", "en", "u31007"),
    (["can I exchange at the counter?", "I'm in Sofia though. can you swap the Kleber tyres in 7741246 for Nokian by courier?"], "return_refund", "returns", "en", "u31014"),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- follow-ups the assistant answers itself (no hand-over)
for msgs, it, art, mm, l in [
    (["hi", "how much is shipping to hungary for 4 tyres?"], "shipping", "shipping", ["39 lei"], "en"),
    (["do you ship to moldova", "do i pay customs on top?"], "shipping", "moldova-customs", ["20%"], "en"),
    (["what's the tyre hotel", "and if I want them back in march, how much notice?"], "product_info", "tyre-hotel", ["working days"], "en"),
    (["can i return tyres", "what about ones that were fitted for one day?"], "return_refund", "returns", ["not returnable"], "en"),
    (["how much is fitting r16", "and for run flats?"], "product_info", "fitting", ["60 lei"], "en"),
    (["i want to talk to someone", "actually never mind, just tell me if you're open saturday"], "other", "fitting-centre", ["8:00–16:00"], "en"),
    (["human please", "no wait, forget it. what's the phone number, I'll call myself"], "other", "contact", [PH], "en"),
    (["is this chat a bot?", "ok, and when are people here?"], "other", "contact", ["8:00–20:00"], "en"),
    (["no I don't need a person", "just tell me how long a gift card is valid"], "payment", "gift-cards", ["12 months"], "en"),
    (["a wheel arrived scratched", "can I still fit it and claim later?"], "complaint", "damaged-parcels", ["cannot be accepted"], "en"),
    (["courier says delivered but I have nothing", "ok, should I wait or write to you right away?"], "complaint", "delivery-problems", ["next working day"], "en"),
    (["what's the weather tomorrow", "ok never mind. when do you close today?"], "other", "fitting-centre", [], "en"),
    (["what does 91V mean", "and 94Y?"], "product_info", "tyre-sizes", ["670 kg"], "en"),
    (["how often should i check tyre pressure", "and what pressure should it be?"], "product_info", "tyre-care", ["door frame"], "en"),
    (["I need to cancel my appointment", "no no, not you, just tell me how I do it"], "product_info", "fitting", ["SMS"], "en"),
    (["do you sell batteries", "and can you send one to Ruse?"], "product_info", "batteries", ["only within Romania"], "en"),
    (["are winter tyres mandatory in romania", "and in hungary?"], "product_info", "winter-rules", ["snow chains"], "en"),
    (["my tyre has a nail in it", "it's right in the middle of the tread, can you fix it?"], "product_info", "tyre-care", ["40 lei"], "en"),
    (["do you price match", "what if I already ordered yesterday?"], "payment", "discount-codes", ["7 days"], "en"),
    (["bună ziua", "cât costă livrarea la o singură anvelopă?"], "shipping", "shipping", ["29"], "ro"),
    (["vreau să vorbesc cu cineva", "lăsați, care e numărul de telefon?"], "other", "contact", [PH], "ro"),
    (["nu am nevoie de operator", "spuneți-mi doar cât e hotelul de anvelope pe R18"], "product_info", "tyre-hotel", ["220"], "ro"),
    (["am o umflătură pe flanc după o groapă", "și cât plătesc dacă mi-o înlocuiți?"], "return_refund", "road-hazard", ["45"], "ro"),
    (["cât costă un senzor TPMS?", "și programarea e inclusă?"], "product_info", "tpms", ["229"], "ro"),
    (["sziasztok", "mennyi a szállítás Magyarországra egy csomag ablaktörlőre?"], "shipping", "shipping", ["49"], "hu"),
    (["nem kell ügyintéző", "csak mondjátok meg, meddig lehet visszaküldeni"], "return_refund", "returns", ["30"], "hu"),
    (["здравейте", "колко струва доставката на 4 гуми до Варна?"], "shipping", "shipping", ["35"], "bg"),
    (["не ми трябва човек", "кажете ми само до колко часа работи сервизът в събота"], "other", "fitting-centre", [], "bg"),
    (["здравствуйте", "сколько стоит шиномонтаж R16?"], "product_info", "fitting", ["180"], "ru"),
    (["мне не нужен оператор", "просто скажите, нужна ли зимняя резина в Молдове"], "product_info", "winter-rules", [], "ru"),
    (["добрий день", "скільки коштує доставка в Молдову?"], "shipping", "shipping", ["69"], "uk"),
    (["Hallo", "Was kostet der Versand nach Ungarn für Scheibenwischer?"], "shipping", "shipping", ["49"], "de"),
]:
    c(msgs, False, it, art, mm, l=l)
# order follow-ups with the customer's own orders
for msgs, mm, l, cu in [
    (["hi, where's my tyre order", "the number is AR 7741093"], ["2291847109311"], "en", "u31001"),
    (["bună, coletul meu nu a ajuns încă", "numărul comenzii e 7741361"], ["2291841361285"], "ro", "u31026"),
    (["hol a csomagom?", "AR-7741141, a Nokian gumik"], ["30918411416"], "hu", "u31004"),
    (["къде ми е пратката?", "номерът е 7741555"], ["61841155532"], "bg", "u31041"),
    (["где моя посылка?", "заказ ar7741150"], ["20450741150336"], "ru", "u31005"),
    (["Wo bleibt mein Paket?", "Bestellnummer AR-7741520"], ["2291841520391"], "de", "u31039"),
    (["hi", "did 7741494 leave yet?"], ["2291841494066"], "en", "u31010"),
]:
    c(msgs, False, "order_status", None, mm, l=l, cu=cu)

# ---- longer conversations and long messages written out in full
c(["hi, I booked a fitting for Thursday at 8 through your site",
   "I tried the link in the SMS to move it to Saturday but it just says 'programare inexistentă'",
   "I've tried three times now, on wifi and on mobile data, and I also called the appointments number twice and nobody picked up. I just want to move a slot, this shouldn't be so hard"],
  True, "complaint", "fitting")
c("I've been reading your pages for an hour and I'm more confused than before. My mum drives an old Logan, 2011, she lives in a village near Suceava, she needs winter tyres and probably a battery too, and she can't come to Bucharest. Could one of your people call her and just sort it out with her? Her number is 0745 220 918, she's home all day.",
  True, "human_request", "partner-fitting")
c("ok before you pass me on to anyone, I really don't need a person for this, I just want to know how long a gift card is valid, my colleagues gave me one for my birthday in march and I'd hate for it to run out before I change my tyres",
  False, "payment", "gift-cards", ["12 months"])
c(["hey, thinking about putting all-season tyres on my golf", "I live in Bucharest, go to the mountains maybe twice a winter",
   "and would they count as winter tyres if police stop me?"], False, "product_info", "winter-rules", ["3PMSF"])
c(["bună ziua, am o comandă în curs", "nu, e în regulă comanda, voiam doar să știu până la ce oră sunteți deschiși sâmbătă"],
  False, "other", "fitting-centre", [], l="ro")
c("Bună ziua, acum trei săptămâni mi-ați montat Michelin Primacy 4+ pe R16 și de câteva zile simt o vibrație în volan pe la 90-100 km/h. Nu am lovit nimic, presiunea e bună, am verificat ieri la benzinărie. Ce ar trebui să fac, trebuie să plătesc din nou echilibrarea?",
  False, "return_refund", "warranty", ["30"], l="ro")
c("Dobrý... sorry, wrong language. Hello! I'm driving from Brno to Sofia through Romania in January with summer tyres on my Octavia. Which countries on the way require winter tyres and do I need chains?",
  False, "product_info", "winter-rules", ["4 mm"])
c("Szia! Kolozsváron lakom, és télen néha a Bucsecsbe megyek síelni. Négyévszakos gumit vagy rendes téli gumit vegyek egy Dacia Sanderóra? Hallottam, hogy van valami hópehely jelzés, az mit jelent pontosan?",
  False, "product_info", "winter-rules", [], l="hu")
c("Здравствуйте! Я из Кишинёва, хочу заказать 4 зимние шины Michelin Alpin 7 205/55 R16. Сколько будет стоить доставка, сколько дней идёт посылка и придётся ли платить что-то на таможне при получении?",
  False, "shipping", "moldova-customs", ["200"], l="ru")
c("Здравейте, миналата седмица ви поръчах 4 гуми за Варна и пристигнаха само 2. Куриерът каза, че другите идват отделно. Нормално ли е това, или трябва да ви пиша?",
  False, "shipping", "shipping", [], l="bg")
c("so my dad bought me a dash cam and a roof box for christmas from you, both still sealed in the box, but I already have a dash cam and our car has no roof rails so the box is useless. can I send them back and what does it cost me?",
  False, "return_refund", "returns", ["30 days"])
c(["hi", "my wife drove over something on the DN1 and now there's a bulge on the sidewall", "they're the Bridgestones you fitted in May, do we pay anything?"],
  False, "return_refund", "road-hazard", ["45 lei"], cu="u31029")

# ---- more hand-overs: polite asks only staff can fulfil, informal asks,
#      asks right after an answer, in every language
for m, it, art, l, cu in [
    ("Would you be so kind as to check why I was charged twice for the same set of tyres? Both payments are booked.", "payment", "payment", "en", None),
    ("Could you please look into my refund? I returned the roof bars 5 weeks ago and nothing has come back.", "return_refund", "returns", "en", "u31038"),
    ("I'd be grateful if someone could exchange the Alpin 7 in AR-7741446 for the CrossClimate 2, they haven't been fitted", "return_refund", "returns", "en", "u31033"),
    ("Sorry to bother you, but the partner fitted my tyres in Brasov and one came off the rim the next day. Could someone look into this?", "complaint", "partner-fitting", "en", None),
    ("Hello, my store credit of about 120 lei has vanished from My account. Could you restore it, please?", "payment", "gift-cards", "en", None),
    ("Hello, I think there's been a mistake: an order for a roof box appeared in my account and I didn't place it. Can you look?", "account", None, "en", None),
    ("Ați putea verifica, vă rog, de ce mi s-a retras suma și după ce am anulat comanda?", "payment", "order-changes", "ro", None),
    ("Vă rog frumos să verificați unde sunt anvelopele mele de vară din hotel, la ridicare mi s-a spus că nu le găsiți.", "complaint", "tyre-hotel", "ro", None),
    ("Aș vrea să schimb cele 4 anvelope Kleber din comanda 7741520 cu Nokian, vă rog, încă sunt pe drum", "order_status", "order-changes", "ro", "u31039"),
    ("Bună ziua, am cerut acum 3 săptămâni aliniere de preț pentru comanda mea și nu am primit niciun răspuns", "payment", "discount-codes", "ro", None),
    ("Kérem, nézzék meg, miért vontak le kétszer pénzt a kártyámról, mindkettő könyvelve van", "payment", "payment", "hu", None),
    ("Legyenek szívesek kicserélni a 7741501-es rendelésben a gumikat téli gumira, még nincsenek felszerelve", "return_refund", "returns", "hu", "u31037"),
    ("Бихте ли проверили защо ми взехте пари два пъти?", "payment", "payment", "bg", None),
    ("Моля, сменете адреса за доставка на 7741555, преместих се в Бургас", "order_status", "order-changes", "bg", "u31041"),
    ("върнах гумите преди 6 седмици, може ли някой да провери къде са парите ми?", "return_refund", "returns", "bg", None),
    ("Будьте добры, проверьте, почему после отмены заказа деньги всё равно списали", "payment", "order-changes", "ru", None),
    ("Пожалуйста, отмените мой заказ 7741150, на таможне слишком дорого", "order_status", "order-changes", "ru", "u31005"),
    ("Я просил удалить мои данные два месяца назад, а вы до сих пор присылаете рассылку", "account", "privacy", "ru", None),
    ("Будь ласка, перевірте, чому з мене двічі зняли гроші за одне замовлення", "payment", "payment", "uk", None),
    ("Прошу скасувати запис на шиномонтаж на завтра, посилання в SMS не працює", "order_status", "fitting", "uk", None),
    ("Könnten Sie bitte prüfen, warum meine Rückerstattung nach vier Wochen noch nicht da ist?", "return_refund", "returns", "de", None),
]:
    c(m, True, it, art, l=l, cu=cu)
for m, l in [
    ("yo can a human hop on real quick", "en"),
    ("need an actual person for this one", "en"),
    ("honestly i think this needs a human", "en"),
    ("is anyone from the service there who can help me choose?", "en"),
    ("dă-mi un om, te rog", "ro"),
    ("e cineva real acolo?", "ro"),
    ("van ott valaki élő ember?", "hu"),
    ("има ли някой истински там?", "bg"),
    ("тут есть кто-нибудь живой?", "ru"),
    ("тут є хтось живий?", "uk"),
    ("Gibt es da einen echten Menschen?", "de"),
]:
    c(m, True, "human_request", None, l=l)
for msgs, art, l in [
    (["do you have a discount code?", "thanks. could a person still call me? I need 12 sets for our company cars"], "discount-codes", "en"),
    (["how long does delivery to Moldova take?", "ok, I'd still like someone to ring me to arrange it"], "moldova-customs", "en"),
    (["is a dash cam legal here?", "alright, can I speak to someone from your team about fitting one"], "accessories", "en"),
    (["hi", "can i speak to a person please"], None, "en"),
    (["human", "HUMAN", "hello?? a real person please"], None, "en"),
    (["operator", "i said operator"], None, "en"),
    (["bună", "vreau să vorbesc cu cineva de la voi"], None, "ro"),
    (["operator", "am zis OPERATOR"], None, "ro"),
    (["jó napot", "ügyintézőt kérek"], None, "hu"),
    (["здравейте", "може ли да говоря с консултант?"], None, "bg"),
    (["добрый день", "мне нужен живой оператор"], None, "ru"),
    (["привіт", "хочу поговорити з оператором"], None, "uk"),
    (["Guten Tag", "Ich hätte gern einen Mitarbeiter"], None, "de"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- more conversations that end with staff
for msgs, it, art, l, cu in [
    (["hi, my tyres were supposed to come today", "it's AR-7741267", "tracking now says returned to sender?? I was home all day. please just send them again"], "order_status", "delivery-problems", "en", "u31016"),
    (["what's the price of a tyre hotel season", "ok. my set has been with you since april and the SMS today says 'set inexistent'. where are my tyres?"], "complaint", "tyre-hotel", "en", "u31015"),
    (["can I pay cash on delivery in hungary?", "then cancel 7741584 please, I don't have a card"], "order_status", "order-changes", "en", "u31044"),
    (["is my order 7741162 still reserved for me?", "I paid the transfer 5 days ago, my bank shows it went out, and you still say pending"], "payment", "payment", "en", "u31006"),
    (["what's the road hazard cover", "the partner in Sibiu says my tyre isn't covered because it wasn't fitted there, but they fitted it!"], "return_refund", "road-hazard", "en", None),
    (["do you do price match?", "ok, I ordered 7741093 two days ago, here's the link to the cheaper shop, please refund me the 60 lei"], "payment", "discount-codes", "en", "u31001"),
    (["a venit coletul cu bateria", "cutia e udă și miroase a acid", "am trimis poze pe WhatsApp acum 4 zile, nimeni nu răspunde și bateria stă pe balcon"], "complaint", "damaged-parcels", "ro", None),
    (["колко струва връщането на гуми?", "добре, тогава върнете ми парите за 7741555, гумите не стават за колата"], "return_refund", "returns", "bg", "u31041"),
    (["какая гарантия на шины?", "у меня грыжа на новой шине через 2 недели, фото отправил на garantii@ две недели назад — тишина"], "return_refund", "warranty", "ru", None),
    (["як видалити акаунт?", "я вже видалив його в травні, а ви й далі надсилаєте SMS"], "account", "privacy", "uk", None),
    (["Wie lange dauert die Rückerstattung?", "Bei mir sind es schon sechs Wochen, bitte prüfen Sie das"], "return_refund", "returns", "de", None),
    (["mennyi idő alatt ér ide a csomag?", "a 7741584-es már 8 munkanapja nem mozdul", "ez már nem normális, kérem, intézzék el a futárcéggel"], "shipping", "delivery-problems", "hu", "u31044"),
]:
    c(msgs, True, it, art, l=l, cu=cu)
for msgs, art, l in [
    (["when should I switch to winter tyres", "ok, I'd like someone to call me and help me pick a set for my Duster"], "winter-rules", "en"),
    (["cât costă montajul pe R15?", "și dacă le am deja pe jante?", "ok, vreau să vorbesc cu cineva să facem programare pentru toată flota firmei"], "fitting", "ro"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- many customers greet before they ask: every 6th single-turn question
# gets an opening line in its own language (the judged turn is unchanged)
OPENERS = {
    "en": ["hi", "hello", "hey", "good morning", "hi there", "hello, quick question", "evening!", "hi, hope you can help"],
    "ro": ["bună ziua", "salut", "bună", "bună seara", "o întrebare rapidă"],
    "hu": ["jó napot", "szia", "üdv"],
    "bg": ["здравейте", "добър ден"],
    "ru": ["здравствуйте", "добрый день"],
    "uk": ["добрий день", "вітаю"],
    "de": ["Hallo", "Guten Tag"],
}
GREETS = re.compile(r"(hi|hello|hey|good (morning|afternoon|evening)|bună|salut|neața|jó napot|szia|sziasztok|üdv|"
                    r"здравейте|добър ден|здравствуйте|добрый день|привет|добрий день|привіт|вітаю|hallo|guten tag)\b", re.I)

# ================================================================ output
# "AR-7741093", "ar7741093", "AR 7741093", "#AR-7741093"
ORDER_REF = re.compile(r"(?i)\bar[\s#-]*(\d{7})(?!\d)")
# a bare counter ("comanda 7741093", "#7741093", "заказ 7741150"); every counter starts with 774
BARE_REF = re.compile(r"(?<![\d.,/])(774\d{4})(?![\d.,])")
# order numbers that are meant not to exist
UNKNOWN_ORDERS = {"7749999", "7741999", "7740001"}
PICKUP = "Pickup at the fitting centre"
CARRIERS = {"Fan Courier", "Speedy", "GLS", "Nova Post", PICKUP}


def order_refs(m):
    full, bare = casekit.scan(m, ORDER_REF, BARE_REF)
    return ([casekit.Ref(mo.group(0), mo.group(1), None) for mo in full]
            + [casekit.Ref(mo.group(0), mo.group(1), None) for mo in bare])


def order_extra(o):
    """Moldova parcels (Nova Post) hold at most 4 tyres of one size and no
    battery; batteries travel only with Fan Courier or are picked up."""
    err = []
    if o.get("carrier") and o["carrier"] not in CARRIERS:
        err.append("order %s: carrier %s" % (o["orderId"], o["carrier"]))
    bat = any(it["sku"].startswith("BAT-") for it in o["items"])
    if bat and o.get("carrier") not in (None, "Fan Courier", PICKUP):
        err.append("order %s: battery with %s" % (o["orderId"], o["carrier"]))
    if o.get("carrier") == "Nova Post":
        if any(it["qty"] > 4 for it in o["items"] if it["sku"].split("-")[0] not in ("CAM", "WIP")):
            err.append("order %s: more than 4 tyres of one size to Moldova" % o["orderId"])
    return err


CYR = re.compile(r"[\u0400-\u04ff]")
UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")   # letters Russian and Bulgarian lack
RU_ONLY = re.compile(r"[ыэёЫЭЁ]")      # letters Ukrainian and Bulgarian lack


def case_extra(row, lang):
    """The language tag fits the script: bg/ru/uk cases have a Cyrillic line,
    the others none; Ukrainian and Bulgarian lines have none of the letters
    only Russian uses (ы э ё), Russian and Bulgarian lines none of the
    letters only Ukrainian uses (і ї є ґ)."""
    err, text = [], " ".join(row["messages"])
    rid = row["id"]
    if lang in ("bg", "ru", "uk"):
        if not CYR.search(text):
            err.append("%s: %s case without Cyrillic" % (rid, lang))
        if lang in ("uk", "bg") and RU_ONLY.search(text):
            err.append("%s: %s case with a letter only Russian uses" % (rid, lang))
        if lang in ("ru", "bg") and UK_ONLY.search(text):
            err.append("%s: %s case with a letter only Ukrainian uses" % (rid, lang))
    elif CYR.search(text):
        err.append("%s: %s case with Cyrillic" % (rid, lang))
    return err


def main():
    shop.add_openers(OPENERS, GREETS, every=6)
    shop.write()
    shop.check(order_id=r"AR-774\d{4}", shape="AR-7741093", counter=lambda oid: oid[3:], refs=order_refs,
               unknown=UNKNOWN_ORDERS, named=lambda cu: int(cu[3:]) <= 100, customer_id=r"u31\d{3}",
               currency={"RON"}, untracked=lambda o: casekit.sku_only("GC-", "SRV-")(o) or o.get("carrier") == PICKUP,
               order_extra=order_extra, case_extra=case_extra, article_counts=True)


if __name__ == "__main__":
    main()
