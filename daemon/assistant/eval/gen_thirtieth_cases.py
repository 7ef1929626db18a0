#!/usr/bin/env python3
"""Generate thirtieth-cases.jsonl: cases for the thirtieth shop, Aptieka
Daugava (online pharmacy and drugstore with a pharmacy and pickup point at
Brīvības iela 88, Rīga; sells over-the-counter medicines, vitamins and
supplements, skincare, baby care and medical devices such as
blood-pressure monitors, thermometers, pulse oximeters, nebulizers and
breast pumps; no prescription medicines online (e-prescriptions are
dispensed and reserved in the Riga pharmacy); a free pharmacist chat in
the pharmacy's opening hours and a booked pharmacist consultation for
doses and interactions; medicines cannot be returned and are delivered
only in Latvia; cold-chain products (2–8 °C) only by courier; 18+
products with an ID check; a 2-year device warranty; ships to Latvia,
Lithuania, Estonia and Finland; prices in EUR).
KB: thirtieth-kb/.  Run: python3 gen_thirtieth_cases.py
The script writes the cases, then checks them against the KB and prints
the figures (cases, escalation share, other-language share, multi-turn share).
The customer lines are meant to be varied: Latvian, Lithuanian, Estonian,
Russian, Finnish and Ukrainian besides English.

Order numbers look like AD-2025-118734 (AD, the year of the order, a
6-digit counter that runs on across years: AD-2024-109873 is older).
Customers paste them in many ways ("ad2025118734", "AD 2025 118734",
"#118734", "pasūtījums 118734", "užsakymas 118751", "заказ 118771").
Strengths and sizes (200 mg, 400 IU, 2000 IU, 100 ml, 800 g), model names
("Pulsa M3", "M7 Intelli", "Termo 60", "TF-500", "P10", "C28", "Mamma
E2"), cuff sizes (22–32 cm), body weights, postcodes (LV-1050, 00510),
phone numbers, temperatures and prices are not order numbers.

LABELLING RULES

Escalation (expect.escalate)
 E1  true for an explicit request for a person in any wording or language:
     "a human", "an operator", a pharmacist ("I'd like to talk to a
     pharmacist", "put me through to a pharmacist": the pharmacist chat
     is a hand-over to a person), a callback, the manager, a named
     colleague, also right after an answered question.
 E2  true for a request to cancel, refund or change an existing order
     (cancel, change the address or the delivery method, switch to or
     from pickup in Riga, add or remove an item, swap a model, redirect a
     parcel, send it again after a failed ID check, exchange an item
     inside an order, "I want my money back"), and for asking staff to
     undo a pharmacist's hold or removal on an order.
 E3  true for things only staff can do: a real double charge (both
     payments booked after the 5–7 working days), a charge after
     cancelling, a refund missing for weeks, Daugava credit, Daugava
     Club points or a gift card that vanished or never arrived after the
     resend, the price-promise difference ("refund me the difference"),
     the payment provider (bank, Inbank) disagreeing with the shop, an
     order the customer did not place, someone else's data in the
     account, a deletion that did not happen, a locked-out account after
     the reset steps, a parcel marked delivered that the customer already
     looked for, a replacement (or cold-chain box) that arrived damaged or
     warm again, a device repaired under warranty that broke again or a
     warranty claim nobody answered, photos sent and no reply, an invoice
     still wrong after asking, someone unwell after a product or a
     medicine taken by a child or in too high a dose (swelling, rash,
     racing heart, vomiting, a doctor), a wrong medicine already taken,
     legal threats (PTAC, the Health Inspectorate), complaints about a
     staff member, press, partner and supplier requests.
 E4  true when the customer is stuck or frustrated across several turns
     ("that's not what I asked", the same thing a third time), also when
     the frustration is about a rule (medicines to Finland).
 E5  false for questions about a policy even with "cancel", "refund",
     "person", "pharmacist", "call" in them: the phone numbers, the
     e-mail, when the pharmacist chat is open and whether it is free, how
     to book, move or cancel a pharmacist consultation, pharmacy hours,
     how to cancel an order, what the return policy is, "no need for a
     person, just tell me ...".  A request the shop never grants (send a
     prescription medicine by post, medicines to Lithuania, Estonia or
     Finland, nicotine gum for a 17-year-old) gets the rule (false).
     A first report of a damaged or leaking parcel, a wrong product, a
     cold-chain box that arrived warm, a parcel marked delivered or a
     device showing an error gets the steps of the page (false).  Dose
     and interaction questions get the consultation page (false): the
     assistant gives no personal dose.  Mild side effects, poison-centre
     numbers and how to report a side effect get the page (false); a
     person actually unwell after a product is E3.

Intent (expect.intent)
     order_status: a named order (where, status, tracking, when, ready for
       pickup, why "pending"), cancelling or changing an order, sending it
       again, a pharmacist's hold on an order.
     return_refund: returns, refunds, money back, exchanges, device
       warranty claims and repairs, a missing refund.
     shipping: countries, prices, times, carriers, cut-off, parcel lockers,
       pickup in Riga, where medicines can be sent, cold-chain delivery, a
       late or stuck parcel without an order number.
     product_info: medicines and what the shop may sell (quantity limits,
       leaflets, prescriptions), doses and interactions (the consultation),
       age limits, storage, expiry and disposal, side effects and
       emergency numbers, devices and choosing them, baby care, skincare,
       vitamins, pharmacy services (blood-pressure measurement, accuracy
       check, skin consultation), product data.
     payment: payment methods, Inbank, health insurance cards, charges,
       double charges, receipts and invoices, gift cards, Daugava credit,
       discount codes, Daugava Club, Senior Tuesdays, the price promise.
     account: login, password, Smart-ID, details, privacy and deletion, an
       order the customer did not place.
     complaint: something went wrong (damaged, leaking, warm, wrong,
       missing, delivered-not-received, someone unwell after a product,
       staff, legal threat, frustration) when the turn does not ask for a
       person.
     human_request: the judged turn only asks for a person, a pharmacist
       or a callback (also press, partners and suppliers).  When it also
       states a concrete problem, the problem's intent is used.
     other: contact details, phone and chat hours (also the pharmacist
       chat), pharmacy hours, address and how to get there, things outside
       the shop (weather, hockey, homework).  greeting / thanks / goodbye
       for small talk.

Article (expect.article)
     The page that answers the judged turn.  Product facts and order facts
     come from the data (article null).  A hand-over keeps the page that
     governs the matter raised in the conversation; it is null when only a
     person (or a pharmacist) is asked for or no page governs (unknown
     charge, staff, legal, an order the customer did not place).

mustMention: short exact strings from the governing page (or the data when
the article is null); non-English turns use only numbers, prices, e-mail
addresses, phone numbers, web addresses and tracking numbers; a decimal
is split into its two parts ("2", "49") so that "2,49 €" and "€2.49" both
count (the self-check enforces this for non-English turns).  Hand-overs
carry none.
mustNotMention: other customers' data (their tracking numbers) and facts
the reply must not invent.
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import casekit  # the shared case helper, writer and self-check

LANGS = {"lv", "lt", "et", "ru", "fi", "uk"}
shop = casekit.Shop("thirtieth", "t30", anon=30100, langs=LANGS)
c = shop.c

PH = "+371 67 225 880"
PHARM = "+371 67 225 881"
MAIL = "info@aptiekadaugava.lv"
DATI = "dati@aptiekadaugava.lv"
SERV = "serviss@aptiekadaugava.lv"
KVAL = "kvalitate@aptiekadaugava.lv"
REK = "rekini@aptiekadaugava.lv"

# ---------------------------------------------------------------- small talk
for m, it, l in [
    ("hi", "greeting", "en"), ("hello there", "greeting", "en"), ("good evening :)", "greeting", "en"),
    ("sveiki", "greeting", "lv"), ("labdien!", "greeting", "lv"), ("čau", "greeting", "lv"),
    ("laba diena", "greeting", "lt"), ("sveiki!", "greeting", "lt"),
    ("tere", "greeting", "et"), ("tere päevast", "greeting", "et"),
    ("hei", "greeting", "fi"), ("moi!", "greeting", "fi"), ("hyvää huomenta", "greeting", "fi"),
    ("здравствуйте", "greeting", "ru"), ("добрый вечер", "greeting", "ru"),
    ("добрий день", "greeting", "uk"), ("привіт", "greeting", "uk"),
    ("great, thank you!", "thanks", "en"), ("ty that's exactly what i needed", "thanks", "en"),
    ("paldies!", "thanks", "lv"), ("liels paldies par palīdzību", "thanks", "lv"),
    ("ačiū labai", "thanks", "lt"), ("aitäh!", "thanks", "et"), ("kiitos paljon", "thanks", "fi"),
    ("спасибо большое", "thanks", "ru"), ("благодарю, очень помогли", "thanks", "ru"), ("щиро дякую", "thanks", "uk"),
    ("bye!", "goodbye", "en"), ("ok that's all, have a nice day", "goodbye", "en"),
    ("uz redzēšanos", "goodbye", "lv"), ("viso gero", "goodbye", "lt"), ("head aega", "goodbye", "et"),
    ("näkemiin", "goodbye", "fi"), ("всего доброго", "goodbye", "ru"), ("до побачення", "goodbye", "uk"),
]:
    c(m, False, it, None, l=l)

# ------------------------------------------- contact, phone and chat hours
for m, mm, l in [
    ("customer service email?", [MAIL], "en"),
    ("is there a number I can call on a sunday? it's about a medicine", [PHARM], "en"),
    ("can i write to you in finnish", ["Finnish"], "en"),
    ("how does the callback thing work, I hate typing", ["aptiekadaugava.lv/atzvanit"], "en"),
    ("which email for questions about my personal data", [DATI], "en"),
    ("not asking for a human, just the address for complaints about product quality", [KVAL], "en"),
    ("does anyone there speak ukrainian?", ["Ukrainian"], "en"),
    ("līdz cikiem piektdienās strādā klientu serviss?", ["18:00"], "lv"),
    ("koks jūsų el. pašto adresas?", [MAIL], "lt"),
    ("mis on teie telefoninumber?", [PH], "et"),
    ("kas teile võib eesti keeles kirjutada?", [], "et"),
    ("mikä on asiakaspalvelun sähköpostiosoite?", [MAIL], "fi"),
    ("на какой адрес писать насчёт персональных данных?", [DATI], "ru"),
    ("яка у вас електронна пошта?", [MAIL], "uk"),
    ("чи можна з вами говорити українською?", [], "uk"),
]:
    c(m, False, "other", "contact", mm, l=l)

# --------------------------------------------------- the pharmacist chat
for m, mm, l in [
    ("is the pharmacist chat free", ["free of charge"], "en"),
    ("till when can i chat with a pharmacist on sunday", ["17:00"], "en"),
    ("is this a bot? when are actual pharmacists online", ["21:00"], "en"),
    ("how long do you usually wait for the pharmacist here", ["10 minutes"], "en"),
    ("can the pharmacist in the chat diagnose a rash from a photo?", ["diagnosis"], "en"),
    ("vai farmaceits čatā atbild arī svētdienās?", ["17:00"], "lv"),
    ("фармацевт в чате консультирует бесплатно?", [], "ru"),
    ("до котрої години працює чат з фармацевтом у суботу?", ["19:00"], "uk"),
    ("onko farmaseutin chat auki lauantaina?", ["19:00"], "fi"),
    ("kas apteekriga saab vestelda ka pühapäeval?", ["17:00"], "et"),
    ("ar vaistininkas pokalbyje atsako ir šeštadieniais?", ["19:00"], "lt"),
]:
    c(m, False, "other", "pharmacist-chat", mm, l=l)

# ------------------------------------------------------- the Riga pharmacy
for m, mm, l in [
    ("what time do you close tonight? it's a tuesday", ["21:00"], "en"),
    ("can I get in with a wheelchair?", ["step-free"], "en"),
    ("how do I get to you from the central station", ["15 minutes"], "en"),
    ("cikos aptieka atveras sestdienās?", ["9:00"], "lv"),
    ("kur tieši atrodas jūsu aptieka?", ["88"], "lv"),
    ("во сколько закрывается аптека в воскресенье?", ["17:00"], "ru"),
    ("яка адреса вашої аптеки в Ризі?", ["88"], "uk"),
    ("mihin aikaan apteekki on auki arkisin?", ["21:00"], "fi"),
]:
    c(m, False, "other", "pharmacy-riga", mm, l=l)
for m, mm, l in [
    ("can I just walk in and get my blood pressure measured? does it cost anything", ["free"], "en"),
    ("how much to check if my old bp monitor is still accurate", ["€10"], "en"),
    ("do you do skin analysis in the pharmacy? how long does it take", ["30 minutes"], "en"),
    ("vai aptiekā var izmērīt asinsspiedienu bez pieraksta?", [], "lv"),
    ("можно ли у вас проверить точность тонометра? сколько стоит?", ["10"], "ru"),
]:
    c(m, False, "product_info", "pharmacy-riga", mm, l=l)
c("чи можна у вас в аптеці обміняти нерозпечатаний крем, куплений онлайн?", False, "return_refund", "pharmacy-riga", ["14"], l="uk")

# ------------------------------------------------------- pickup in Riga
for m, mm, l in [
    ("my sister will pick it up for me, is that ok", ["pickup code"], "en"),
    ("ordered for pickup at 8pm, when can i come", ["next morning"], "en"),
    ("can i pay when I collect? don't have a card", ["cash"], "en"),
    ("vai varu samaksāt, kad saņemšu pasūtījumu aptiekā?", [], "lv"),
    ("сколько дней заказ ждёт в аптеке?", ["5"], "ru"),
    ("может ли муж забрать мой заказ с никотиновыми пластырями?", [], "ru"),
    ("чи можна забрати замовлення в аптеці на Брівібас?", [], "uk"),
]:
    c(m, False, "shipping", "pickup-riga", mm, l=l)

# ---------------------------------------------------------- outside the shop
for m, l in [
    ("what's the weather in riga tomorrow", "en"),
    ("who won the hockey last night, latvia vs canada?", "en"),
    ("can you help with my chemistry homework on how aspirin is made", "en"),
    ("kāds rīt būs laiks Jūrmalā?", "lv"),
    ("кто вчера выиграл, Динамо Рига?", "ru"),
    ("kas laimėjo vakar Žalgirio rungtynes?", "lt"),
    ("milline ilm on homme Tallinnas?", "et"),
    ("kuka voitti eilen jääkiekossa?", "fi"),
    ("порадь, що подивитися в Ризі на вихідних", "uk"),
]:
    c(m, False, "other", None, l=l)

# ------------------------------------------------------------------ shipping
for m, mm, l in [
    ("do u deliver to vilnius", ["€3.99"], "en"),
    ("courier to tallinn, price and how long?", ["€6.99"], "en"),
    ("if I pay at 3pm today when does it leave", ["14:00"], "en"),
    ("I live on åland, can you send vitamins there", ["Åland"], "en"),
    ("can i change the parcel locker myself after it's shipped", ["Omniva or DPD link"], "en"),
    ("how many days does omniva keep a parcel in the locker", ["7 days"], "en"),
    ("cik maksā piegāde uz pakomātu?", ["2", "49"], "lv"),
    ("no kādas summas kurjers ir bez maksas?", ["50"], "lv"),
    ("kui palju maksab saatmine Tallinna pakiautomaati?", ["3", "99"], "et"),
    ("kauanko Posti säilyttää pakettia noutopisteessä?", ["14"], "fi"),
    ("вы доставляете в Польшу?", [], "ru"),
]:
    c(m, False, "shipping", "shipping", mm, l=l)

# ------------------------------------------- medicines online, only Latvia
for m, it, mm, l in [
    ("can you send ibuprofen to tallinn?", "shipping", ["only in Latvia"], "en"),
    ("why does checkout make me remove the nasal spray? I'm shipping to Kaunas", "shipping", ["Latvia"], "en"),
    ("no need for a person, just tell me: can I buy painkillers from you if I live in Helsinki?", "shipping", ["pickup in our Riga pharmacy"], "en"),
    ("I want 4 boxes of ibumax for the office first aid kits", "product_info", ["2 packs"], "en"),
    ("is there an english leaflet for the loratadine", "product_info", ["PDF"], "en"),
    ("a pharmacist called me about my order, is that normal??", "product_info", ["pharmacist checks every order"], "en"),
    ("ar galite atsiųsti ibuprofeno į Vilnių?", "shipping", [], "lt"),
    ("voinko tilata buranaa Suomeen?", "shipping", [], "fi"),
    ("cik iepakojumus paracetamola drīkst pasūtīt vienā reizē?", "product_info", ["2"], "lv"),
    ("можно ли заказать 5 упаковок ибупрофена?", "product_info", ["2"], "ru"),
    ("чи можна замовити ліки з доставкою в Естонію?", "shipping", [], "uk"),
]:
    c(m, False, it, "medicines-online", mm, l=l)

# --------------------------------------------------- prescription medicines
for m, mm, l in [
    ("can i order antibiotics online with my e-prescription", ["sell prescription medicines online"], "en"),
    ("can my husband collect my prescription meds for me", ["personal code"], "en"),
    ("I have a finnish e-prescription, can you fill it in riga?", ["paper"], "en"),
    ("please just send my blood pressure pills by courier, I have the e-recepte and I can't walk to the pharmacy", ["cannot send prescription medicines"], "en"),
    ("kā rezervēt zāles pēc e-receptes?", ["aptiekadaugava.lv/rezervet"], "lv"),
    ("можно ли забронировать лекарство по рецепту? сколько дней держите?", ["3"], "ru"),
    ("продаёте антибиотики без рецепта? очень надо", [], "ru"),
    ("ar galiu Rygoje gauti vaistus pagal lietuvišką e. receptą?", [], "lt"),
    ("käykö suomalainen e-resepti teidän apteekissanne?", [], "fi"),
]:
    c(m, False, "product_info", "prescriptions", mm, l=l)

# ------------------------------------------------------ cold-chain products
for m, it, mm, l in [
    ("why won't my lacto forte ship until monday", "shipping", ["Monday to Wednesday"], "en"),
    ("can I get lacto forte delivered in helsinki", "shipping", ["not available"], "en"),
    ("the cooling packs were soft when the box came but the capsules feel cold, ok?", "shipping", ["normal"], "en"),
    ("can I return unopened probiotics that need the fridge?", "return_refund", ["cannot be returned"], "en"),
    ("opened the DPD box and the lacto forte feels warm", "complaint", ["24 hours"], "en"),
    ("vai probiotikas var piegādāt uz pakomātu?", "shipping", [], "lv"),
    ("можно заказать пробиотики с охлаждением в Эстонию? сколько стоит?", "shipping", ["6", "99"], "ru"),
    ("kiek kainuoja probiotikų siuntimas su šaldymu į Lietuvą?", "shipping", ["6", "99"], "lt"),
    ("voiko kylmäsäilytettäviä probiootteja tilata Suomeen?", "shipping", [], "fi"),
    ("probiootikumid tulid soojana, mida teha?", "complaint", ["24"], "et"),
]:
    c(m, False, it, "cold-chain", mm, l=l)

# --------------------------------------------------------------- age limits
for m, mm, l in [
    ("why can't the nicotine patches go to a parcel locker", ["courier"], "en"),
    ("my son is 16, can he collect my order with the nicotine gum", ["adult"], "en"),
    ("the ibumax kids box says from 3 months, my baby is 2 months, will you still sell it to me", ["younger child"], "en"),
    ("cik gadu jābūt, lai pirktu nikotīna plāksterus?", ["18"], "lv"),
    ("с какого возраста можно купить никотиновую жвачку?", ["18"], "ru"),
    ("я забула паспорт, кур'єр не віддав посилку з нікотиновими пластирами, що тепер?", [], "uk"),
    ("kas kofeiinitablette müüakse alaealistele?", ["18"], "et"),
]:
    c(m, False, "product_info", "age-limits", mm, l=l)

# ------------------------------------------------- order changes, the policy
for m, mm, l in [
    ("how long after ordering can I still change something? not yet, just asking", ["1 hour"], "en"),
    ("if you cancel an order when do I get the money back", ["3–5 working days"], "en"),
    ("can I change the delivery address myself in my account after ordering?", ["cannot change"], "en"),
    ("what happens if I just don't pick the parcel up from the locker", ["minus the delivery cost"], "en"),
    ("līdz kuram brīdim var atcelt pasūtījumu?", [], "lv"),
    ("как отменить заказ, если он уже отправлен?", [], "ru"),
    ("через скільки повернуть гроші, якщо скасувати замовлення?", ["3", "5"], "uk"),
]:
    c(m, False, "order_status", "order-changes", mm, l=l)

# ------------------------------------------------------------------- returns
for m, mm, l in [
    ("bought the wrong size nappies, the pack is still closed, can I send them back?", ["14 days"], "en"),
    ("can I return a thermometer I opened but never used", ["sealed packaging"], "en"),
    ("can i swap the stage 1 formula for stage 2 by post", ["do not exchange by post"], "en"),
    ("can I drop a return off at the pharmacy on brivibas instead of posting it", ["free"], "en"),
    ("vai var atgriezt neatvērtus vitamīnus?", ["14"], "lv"),
    ("vai zāles var atdot atpakaļ, ja iepakojums nav atvērts?", [], "lv"),
    ("kā atgriezt preci, ja man nav konta?", ["aptiekadaugava.lv/atgriezt"], "lv"),
    ("kiek kainuoja grąžinimas iš Lietuvos?", ["3", "99"], "lt"),
    ("paljonko palautus Suomesta maksaa?", ["7", "99"], "fi"),
    ("через сколько дней вернут деньги за возврат?", ["14"], "ru"),
    ("чи можна повернути тонометр, якщо я його навіть не відкривала?", ["14"], "uk"),
]:
    c(m, False, "return_refund", "returns", mm, l=l)

# ------------------------------------ damaged, leaking, wrong: first report
for m, it, mm, l in [
    ("the nasal spray box arrived crushed and the bottle is cracked", "complaint", ["3 days"], "en"),
    ("cough syrup leaked all over the parcel, what now", "complaint", ["aptiekadaugava.lv/bojajums"], "en"),
    ("got ibumax forte 400 instead of the 200 I ordered", "complaint", ["do not take it"], "en"),
    ("my order came without the lip balm", "complaint", ["split"], "en"),
    ("the blister in my loratadine pack is torn open, can i still take those tablets", "product_info", ["Do not use a medicine"], "en"),
    ("new thermometer arrived with a cracked display", "complaint", ["Keep a damaged device"], "en"),
    ("pakā bija saplīsusi sīrupa pudele", "complaint", ["3"], "lv"),
    ("gavau ne tą kremą, kurį užsakiau", "complaint", ["14"], "lt"),
    ("pakk oli katki ja seerumipudel lekkis", "complaint", [MAIL], "et"),
    ("aurinkovoide oli vuotanut koko pakettiin", "complaint", ["3"], "fi"),
    ("прийшов не той тонометр, замовляла М7, а прийшов М3", "complaint", ["14"], "uk"),
]:
    c(m, False, it, "damaged-parcels", mm, l=l)

# --------------------------------------------- late or lost: first report
for m, it, mm, l in [
    ("my parcel has been stuck in tracking for 4 days", "shipping", ["3 working days"], "en"),
    ("didn't get to the locker in time, now what", "shipping", ["minus the delivery cost"], "en"),
    ("I picked the wrong locker, parcel is already on its way", "shipping", ["tracking link"], "en"),
    ("izsekošanā rakstīts piegādāts, bet man nekā nav", "complaint", [], "lv"),
    ("посылка уже неделю не двигается", "shipping", ["3"], "ru"),
    ("seuranta sanoo toimitettu, mutta pakettia ei ole", "complaint", [], "fi"),
    ("не встигла забрати посилку з поштомату, що робити?", "shipping", ["7"], "uk"),
]:
    c(m, False, it, "delivery-problems", mm, l=l)

# ------------------------------------------- storage, expiry and disposal
for m, mm, l in [
    ("do you send medicines with a short expiry date", ["6 months"], "en"),
    ("what does EXP 03/2026 mean, is it march 1st?", ["end of"], "en"),
    ("how long are eye drops good after opening", ["4 weeks"], "en"),
    ("can i keep ibuprofen in the bathroom cabinet", ["25 °C"], "en"),
    ("cik ilgi var lietot acu pilienus pēc atvēršanas?", ["4"], "lv"),
    ("где утилизировать просроченные лекарства?", [], "ru"),
    ("что значит EXP 08/2026 на упаковке?", ["2026"], "ru"),
    ("kui pikk säilivusaeg peab ravimitel olema, kui te need saadate?", ["6"], "et"),
    ("як зберігати ліки, якщо в квартирі дуже спекотно?", ["25"], "uk"),
]:
    c(m, False, "product_info", "medicine-storage", mm, l=l)

# ------------------------------------- side effects and safety questions
for m, mm, l in [
    ("ibuprofen upsets my stomach a bit, what should I do", ["package leaflet"], "en"),
    ("what's the poison centre number in latvia? want it on the fridge", ["+371 67 042 473"], "en"),
    ("how do I report a side effect", ["zva.gov.lv"], "en"),
    ("what should I do if someone has an allergic reaction? asking for our kindergarten's first aid sheet", ["113"], "en"),
    ("kāds ir saindēšanās informācijas centra tālrunis?", ["+371 67 042 473"], "lv"),
    ("куда сообщить о побочном действии лекарства?", [], "ru"),
    ("mis on mürgistusteabe number Eestis?", ["16662"], "et"),
    ("mikä on Myrkytystietokeskuksen numero?", ["0800 147 111"], "fi"),
    ("koks apsinuodijimų informacijos biuro telefonas?", ["+370 5 236 2052"], "lt"),
    ("мене трохи нудить після вітаміну C, що робити?", [], "uk"),
]:
    c(m, False, "product_info", "feeling-unwell", mm, l=l)

# ------------------------------ doses and interactions: the consultation
for m, mm, l in [
    ("how many paracetamol can i take in a day", ["package leaflet"], "en"),
    ("can I take ibuprofen and paracetamol together?", ["aptiekadaugava.lv/konsultacija"], "en"),
    ("how much is the medication review? my mum takes 7 different pills", ["€15"], "en"),
    ("not asking for a person now, just: how far ahead do I need to book a consultation", ["2 hours"], "en"),
    ("cik tabletes ibuprofēna drīkst iedzert dienā?", [], "lv"),
    ("kā pierakstīties uz farmaceita konsultāciju?", ["aptiekadaugava.lv/konsultacija"], "lv"),
    ("можно ли принимать лоратадин вместе с антибиотиком?", [], "ru"),
    ("яку дозу ібупрофену можна дати дитині 5 років?", [], "uk"),
    ("kiek kainuoja vaistų peržiūra?", ["15"], "lt"),
]:
    c(m, False, "product_info", "pharmacist-consultation", mm, l=l)

# ---------------------------------------------------------------- warranty
for m, mm, l in [
    ("my blood pressure monitor shows Err 3 after 4 months, what do I do", ["aptiekadaugava.lv/garantija"], "en"),
    ("the cuff on my monitor tore after 8 months, is that covered?", ["6 months"], "en"),
    ("dropped my ear thermometer and the screen cracked, warranty?", ["fall"], "en"),
    ("tonometrs vairs neieslēdzas, vai tas ir garantijā? pirkts pagājušajā gadā", ["aptiekadaugava.lv/garantija"], "lv"),
    ("какая гарантия на небулайзер?", ["2"], "ru"),
    ("pientraukio variklis sustojo po 3 mėnesių, ką daryti?", ["aptiekadaugava.lv/garantija"], "lt"),
    ("verenpainemittarin näyttö ei toimi, miten teen takuuvaatimuksen?", ["aptiekadaugava.lv/garantija"], "fi"),
    ("куди відправити тонометр на гарантійний ремонт?", [], "uk"),
]:
    c(m, False, "return_refund", "warranty", mm, l=l)

# ---------------------------------------------------- choosing devices
for m, mm, l in [
    ("is an ear thermometer ok for a 3 month old?", ["6 months"], "en"),
    ("pulse oximeter shows 91 when my hands are cold, is it broken?", ["cold hands"], "en"),
    ("m7 won't pair over bluetooth, I tried in the phone settings", ["in the app"], "en"),
    ("how often do I change the nebulizer mask", ["6 months"], "en"),
    ("kāda manšete vajadzīga, ja rokas apkārtmērs ir 30 cm?", ["32"], "lv"),
    ("какой тонометр лучше — на плечо или на запястье?", [], "ru"),
    ("kaip teisingai matuoti kraujospūdį namuose?", ["5"], "lt"),
    ("sopiiko korvakuumemittari 4 kuukauden vauvalle?", ["6"], "fi"),
    ("kas teie kraadiklaasides on elavhõbedat?", [], "et"),
]:
    c(m, False, "product_info", "medical-devices", mm, l=l)

# ------------------------------------------------- baby, skin, vitamins
for m, mm, l in [
    ("what size nappies for an 8 kg baby", ["6–10 kg"], "en"),
    ("can I return opened formula? my baby refuses it", ["opened formula cannot"], "en"),
    ("с какого возраста смесь второй ступени?", ["6"], "ru"),
    ("kas piimasegu saab Eestisse tellida?", [], "et"),
    ("voiko rintapumpun palauttaa, jos pakkaus on jo avattu?", [], "fi"),
    ("скільки крапель вітаміну D давати немовляті?", [], "uk"),
]:
    c(m, False, "product_info", "baby-care", mm, l=l)
for m, mm, l in [
    ("do I get free samples with my order", ["€20"], "en"),
    ("can I still use last summer's opened sunscreen", ["replaced"], "en"),
    ("how do I patch test a new face cream, I have sensitive skin", ["inside of the elbow"], "en"),
    ("cik bezmaksas paraugus var izvēlēties?", ["2"], "lv"),
    ("какой SPF выбрать для ребёнка на море?", ["50"], "ru"),
    ("ar prie užsakymo galima gauti nemokamų mėginių?", ["20"], "lt"),
]:
    c(m, False, "product_info", "skincare", mm, l=l)
for m, mm, l in [
    ("how much vitamin d should an adult take", ["2000"], "en"),
    ("when should I start folic acid if we're trying for a baby", ["1 month before"], "en"),
    ("magnesium gives me loose stools lol", ["with food"], "en"),
    ("can i take st johns wort with my daily meds", ["consultation"], "en"),
    ("cik daudz D vitamīna dienā drīkst lietot pieaugušais?", ["2000"], "lv"),
    ("можно ли пить омегу-3, если принимаю препараты для разжижения крови?", [], "ru"),
    ("montako yksikköä D-vitamiinia päivässä aikuiselle?", ["2000"], "fi"),
    ("чи можна вагітним пити магній з B6?", [], "uk"),
]:
    c(m, False, "product_info", "vitamins", mm, l=l)

# ------------------------------------------------------------------- payment
for m, mm, l in [
    ("can I split the payment into instalments", ["Inbank"], "en"),
    ("can i use my health insurance card for an online order", ["itemised receipt"], "en"),
    ("payment failed but the money is blocked on my card", ["5–7 working days"], "en"),
    ("i see two payments for the same order, both from today", ["reservation"], "en"),
    ("vai var maksāt ar veselības apdrošināšanas karti internetā?", [], "lv"),
    ("kas saab maksta järelmaksuga?", ["60"], "et"),
    ("voiko maksaa MobilePaylla?", [], "fi"),
    ("можно оплатить при получении?", [], "ru"),
    ("деньги списались, а оплата не прошла", ["5", "7"], "ru"),
    ("чи можна оплатити карткою Monobank?", [], "uk"),
]:
    c(m, False, "payment", "payment", mm, l=l)
for m, mm, l in [
    ("i need an invoice for my company", ["I need an invoice for a company"], "en"),
    ("forgot to add the company details, ordered 2 weeks ago", ["30 days"], "en"),
    ("will the receipt work for my health insurer", ["itemised"], "en"),
    ("what's the vat on medicines", ["12%"], "en"),
    ("man vajag rēķinu uz uzņēmumu ar PVN numuru", [], "lv"),
    ("нужен счёт на фирму, как оформить?", [], "ru"),
]:
    c(m, False, "payment", "invoices", mm, l=l)
for m, mm, l in [
    ("how do I check what's left on my gift card", ["aptiekadaugava.lv/davanu-karte"], "en"),
    ("the gift card email didn't arrive", ["Resend gift card"], "en"),
    ("cik ilgi derīga dāvanu karte?", ["12"], "lv"),
    ("можно ли расплатиться подарочной картой в аптеке?", [], "ru"),
    ("voiko lahjakortilla maksaa lääkkeitä?", [], "fi"),
    ("як перевірити баланс подарункової картки?", ["aptiekadaugava.lv/davanu-karte"], "uk"),
]:
    c(m, False, "payment", "gift-cards", mm, l=l)
for m, mm, l in [
    ("code not applying to the baby formula??", ["infant formula"], "en"),
    ("can I use two codes on one order", ["One discount code per order"], "en"),
    ("forgot to enter SVEIKI10, can you add it now", ["cannot be added"], "en"),
    ("the cream I bought 4 days ago is cheaper now, do I get the difference?", ["7 days"], "en"),
    ("do you match prices from other pharmacies?", ["do not match"], "en"),
    ("vai ir atlaide pensionāriem?", ["10%"], "lv"),
    ("почему промокод не действует на лекарства?", [], "ru"),
    ("сколько баллов нужно для ваучера?", ["200"], "ru"),
    ("toimiiko alennuskoodi äidinmaidonkorvikkeeseen?", [], "fi"),
]:
    c(m, False, "payment", "discounts", mm, l=l)

# ------------------------------------------------------------------- account
for m, mm, l in [
    ("locked out after too many tries", ["15 minutes"], "en"),
    ("how do i change my phone number on my account", ["My details"], "en"),
    ("I ordered as a guest before, will I see those orders if I register?", ["same e-mail address"], "en"),
    ("aizmirsu paroli", [], "lv"),
    ("не приходит письмо для сброса пароля", [], "ru"),
    ("unustasin parooli, mis nüüd?", ["60"], "et"),
    ("en pääse kirjautumaan, unohdin salasanan", ["60"], "fi"),
    ("з якого віку можна створити акаунт?", ["16"], "uk"),
]:
    c(m, False, "account", "account", mm, l=l)
for m, mm, l in [
    ("do you use what I buy for ads? kind of private stuff", ["do not use your medicine purchases"], "en"),
    ("I want a copy of all the data you have on me", [DATI], "en"),
    ("kā izdzēst savu kontu?", ["30"], "lv"),
    ("вы продаёте мои данные третьим лицам?", [], "ru"),
]:
    c(m, False, "account", "privacy", mm, l=l)

# ------------------------------------------------- products (data answers)
for m, mm, l in [
    ("price of the vitamin d3 2000 iu 120 caps?", ["7.99"], "en"),
    ("how many drops are in the kids vitamin d bottle", ["300 drops"], "en"),
    ("how much caffeine in the wakeup tablets", ["200 mg"], "en"),
    ("price of the termo 60?", ["6.9"], "en"),
    ("does the mamma e2 pump have a battery or only cable", ["rechargeable battery"], "en"),
    ("cik maksā Pulsa M3?", ["49", "90"], "lv"),
    ("сколько стоит тонометр на запястье?", ["34", "90"], "ru"),
    ("kiek kainuoja Omega-3 kapsulės?", ["14", "90"], "lt"),
    ("kui palju maksab kõrvatermomeeter?", ["39", "90"], "et"),
    ("paljonko vauvavaaka maksaa?", ["44", "90"], "fi"),
    ("скільки коштують маски FFP2?", ["7", "90"], "uk"),
]:
    c(m, False, "product_info", None, mm, l=l)

# ------------------------------------------------------- order status (data)
for m, mm, l, cu in [
    ("where's my order AD-2025-118734?", ["shipped", "CE473920581LV"], "en", "u30001"),
    ("ad2025118734 tracking?", ["CE473920581LV"], "en", "u30001"),
    ("kur ir mans pasūtījums 118734?", ["CE473920581LV"], "lv", "u30001"),
    ("did my ibumax order from june arrive?", ["delivered"], "en", "u30001"),
    ("kur mano užsakymas AD-2025-118751?", ["05808400417392"], "lt", "u30002"),
    ("AD 2025 118751 when will it get to kaunas", ["05808400417392"], "en", "u30002"),
    ("missä tilaukseni AD-2025-118690 on?", ["JJFI6437100028451937"], "fi", "u30003"),
    ("kas mu tellimus 118802 on juba teele pandud?", [], "et", "u30004"),
    ("has #118802 shipped yet", ["paid"], "en", "u30004"),
    ("is my pickup order 118795 ready?", ["paid"], "en", "u30007"),
    ("tellimus AD-2025-118744, kus see praegu on?", ["05808400421174"], "et", "u30016"),
    ("užsakymas 118680 — kada atvyks?", ["CE474102259LT"], "lt", "u30021"),
    ("pasūtījums AD-2025-118729, kur tas ir?", ["CE474521977LV"], "lv", "u30023"),
    ("what's the status of ad-2025-118766", ["shipped"], "en", "u30025"),
    ("just checking my order 118805 really was cancelled", ["cancelled"], "en", "u30028"),
    ("tilaus 118760, milloin se tulee?", ["JJFI6437100028602144"], "fi", "u30029"),
    ("где мой небулайзер? заказ AD-2025-118771", ["05808400422019"], "ru", "u30030"),
    ("where's the large cuff I ordered", ["CE474702385LV"], "en", "u30034"),
    ("де моє замовлення 118724?", ["05808400419932"], "uk", "u30035"),
    ("kus on mu piimasegu tellimus?", ["CE474655108EE"], "et", "u30038"),
    ("AD2025118809 where is it", ["CE474688350LV"], "en", "u30042"),
    ("did the refund for 118575 go through?", ["refunded"], "en", "u30039"),
    ("мой заказ 118377 точно отменён?", [], "ru", "u30012"),
    ("my caffeine tablets, were they delivered?", ["delivered"], "en", "u30040"),
    ("tilaukseni AD-2025-118610, onko se toimitettu?", ["05808400405536"], "fi", "u30024"),
    ("pasūtījums Nr. 118782 — vai jau izsūtīts?", ["CE474702385LV"], "lv", "u30034"),
]:
    c(m, False, "order_status", None, mm, l=l, cu=cu)
# someone else's order / no such order / no number at all
for m, mnm, l in [
    ("where is order AD-2025-118734", ["CE473920581LV"], "en"),
    ("где заказ 118751?", ["05808400417392"], "ru"),
    ("pasūtījums AD-2025-118690 — kur tas ir?", ["JJFI6437100028451937"], "lv"),
    ("where is AD-2025-119240", [], "en"),
    ("status of 115432?", [], "en"),
    ("kus on tellimus 119999?", [], "et"),
    ("where's my parcel? ordered vitamins on monday", ["CE473920581LV"], "en"),
]:
    c(m, False, "order_status", None, [], mnm, l=l)
# orders whose status or timing a page explains
c("why does my pickup order AD-2025-118820 say pending", False, "order_status", "pickup-riga", ["until you pay"], cu="u30020")
c("my nicotine gum order 118811 just says pending, why?", False, "order_status", "order-changes", ["not been paid"], cu="u30005")
c("miksi tilaukseni 118819 on tilassa pending?", False, "order_status", "order-changes", ["24"], l="fi", cu="u30036")
c("when will AD-2025-118810 ship? ordered on thursday afternoon", False, "shipping", "cold-chain", ["Monday"], cu="u30027")
c("kada išsiųsite mano probiotikus, užsakymas 118818?", False, "shipping", "cold-chain", ["48"], l="lt", cu="u30041")
c("the courier bringing my nicotine gum, 118811, will he want to see ID?", False, "product_info", "age-limits", ["ID card"], cu="u30005")
c("how long do I have to collect 118795 once it's ready?", False, "shipping", "pickup-riga", ["5 days"], cu="u30007")

# ============================================================ hand-overs
# --------------------------------------------- explicit asks for a person
for m, l in [
    ("can i talk to a real person", "en"),
    ("human pls", "en"),
    ("operator", "en"),
    ("is there a real person on here", "en"),
    ("transfer me pls", "en"),
    ("can someone call me back? 26118402", "en"),
    ("I'd like to speak to your manager", "en"),
    ("can I talk to Ilze? she helped me with my mum's monitor last week", "en"),
    ("I would like to speak with a pharmacist, please", "en"),
    ("put me through to a pharmacist", "en"),
    ("i need an actual pharmacist not a bot", "en"),
    ("Could a member of your team contact me when convenient? Thank you.", "en"),
    ("any humans around?", "en"),
    ("can a pharmacist ring me today? it's about my dad's tablets", "en"),
    ("vai varu runāt ar cilvēku?", "lv"),
    ("gribu runāt ar farmaceitu", "lv"),
    ("lūdzu, savienojiet mani ar konsultantu", "lv"),
    ("vai kāds var man piezvanīt? 29 418 552", "lv"),
    ("gribu runāt ar jūsu vadītāju", "lv"),
    ("vai Anna šodien strādā? gribētu runāt ar viņu", "lv"),
    ("можно поговорить с живым человеком?", "ru"),
    ("соедините с фармацевтом, пожалуйста", "ru"),
    ("позовите оператора", "ru"),
    ("перезвоните мне, пожалуйста", "ru"),
    ("мне нужен живой фармацевт, а не бот", "ru"),
    ("ar galiu pasikalbėti su žmogumi?", "lt"),
    ("prašau sujungti su vaistininku", "lt"),
    ("gal kas nors galėtų man paskambinti?", "lt"),
    ("kas saaksin rääkida inimesega?", "et"),
    ("palun ühendage mind apteekriga", "et"),
    ("kas keegi saaks mulle tagasi helistada?", "et"),
    ("voisinko puhua ihmisen kanssa?", "fi"),
    ("haluaisin jutella farmaseutin kanssa", "fi"),
    ("voisiko joku soittaa minulle?", "fi"),
    ("asiakaspalvelija kiitos", "fi"),
    ("можна поговорити з людиною?", "uk"),
    ("з'єднайте мене з фармацевтом, будь ласка", "uk"),
    ("чи може хтось мені передзвонити?", "uk"),
    ("хочу поговорити з керівником", "uk"),
]:
    c(m, True, "human_request", None, l=l)

# ------------------------------------------ press, partners, suppliers
for m, l in [
    ("I'm a journalist at LSM writing about online pharmacies, could someone from management get in touch?", "en"),
    ("We make organic baby cream in Valmiera and would love to supply you. Who can I talk to?", "en"),
    ("я поставщик медицинских изделий, с кем можно обсудить сотрудничество?", "ru"),
    ("edustan suomalaista vitamiinivalmistajaa, kenen kanssa voisin keskustella yhteistyöstä?", "fi"),
    ("esu sveikatos tinklaraštininkė, norėčiau bendradarbiauti, su kuo galėčiau pasikalbėti?", "lt"),
]:
    c(m, True, "human_request", "contact", l=l)

# -------------------------------------------- cancel or change an order
for m, it, art, l, cu in [
    ("please cancel my order AD-2025-118822", "order_status", "order-changes", "en", "u30009"),
    ("lūdzu atceliet pasūtījumu 118822, tonometru nopirku citur", "order_status", "order-changes", "lv", "u30009"),
    ("can you swap the M7 in 118822 for the cheaper M3?", "order_status", "order-changes", "en", "u30009"),
    ("please change the delivery address on AD-2025-118788, we moved to Jelgava", "order_status", "order-changes", "en", "u30015"),
    ("поменяйте, пожалуйста, в заказе 118788 курьера на самовывоз из аптеки", "order_status", "order-changes", "ru", "u30015"),
    ("can you add a zinc cream to 118788 before it ships?", "order_status", "order-changes", "en", "u30015"),
    ("palun lisage mu tellimusele 118802 üks D-vitamiin juurde", "order_status", "order-changes", "et", "u30004"),
    ("cancel 118802 please, I ordered the same thing twice by mistake", "order_status", "order-changes", "en", "u30004"),
    ("prašau pakeisti užsakymo 118815 pristatymą į kurjerį", "order_status", "order-changes", "lt", "u30032"),
    ("can 118815 go to the omniva locker at Akropolis instead of the one I picked?", "order_status", "order-changes", "en", "u30032"),
    ("peruuttakaa tilaus 118819, kiitos", "order_status", "order-changes", "fi", "u30036"),
    ("будь ласка, скасуйте замовлення 118824", "order_status", "order-changes", "uk", "u30046"),
    ("please take the teething gel off AD-2025-118824, the tooth is through already lol", "order_status", "order-changes", "en", "u30046"),
    ("atšaukite užsakymą 118818, prašau", "order_status", "order-changes", "lt", "u30041"),
    ("please cancel the probiotic drops, order 118810, found them locally", "order_status", "order-changes", "en", "u30027"),
    ("lūdzu, sūtiet pasūtījumu 118795 ar kurjeru uz mājām, nevaru atbraukt uz aptieku", "order_status", "order-changes", "lv", "u30007"),
    ("AD-2025-118809 is going to my old address, can you redirect it to Daugavpils?", "order_status", "order-changes", "en", "u30042"),
    ("отмените мой заказ, пожалуйста, я передумала", "order_status", "order-changes", "ru", None),
    ("kurjers neatdeva paku, jo man nebija līdzi pases. lūdzu, sūtiet vēlreiz", "order_status", "age-limits", "lv", None),
    ("the courier took my nicotine patches back because my ID was in the car. can you send them again tomorrow?", "order_status", "age-limits", "en", None),
    ("I want my money back for the thermometer, please just refund it", "return_refund", "returns", "en", None),
    ("In AD-2025-118530 I got 2 sun fluids, can you swap one for the kids lotion? both still sealed", "return_refund", "returns", "en", "u30017"),
    ("voitteko vaihtaa tilauksen 118530 toisen aurinkovoiteen lasten voiteeseen?", "return_refund", "returns", "fi", "u30017"),
    ("palun vahetage tellimuses 118790 üks piimasegu teise astme vastu", "return_refund", "returns", "et", "u30038"),
    ("поверніть мені гроші за тонометр, він мені не підійшов", "return_refund", "returns", "uk", None),
]:
    c(m, True, it, art, l=l, cu=cu)

# --------------------------------------------- things only staff can do
E = []  # (message, intent, article, lang, customer)
E += [  # charged twice / a charge nobody placed
    ("you charged me twice for AD-2025-118455, 27.39 both booked, it's been 2 weeks", "payment", "payment", "en", "u30022"),
    ("par pasūtījumu 118455 nauda noņemta divreiz, abi maksājumi jau ir grāmatoti", "payment", "payment", "lv", "u30022"),
    ("с меня дважды списали деньги за один заказ, прошло уже 10 дней, это не блокировка", "payment", "payment", "ru", None),
    ("veloititte kortiltani kahdesti saman tilauksen, molemmat näkyvät tilillä jo viikon", "payment", "payment", "fi", None),
    ("nuskaitėte pinigus du kartus už tą patį užsakymą, praėjo dvi savaitės", "payment", "payment", "lt", None),
    ("there's a payment to aptieka daugava on my card and I've never ordered anything from you", "payment", None, "en", None),
]
E += [  # charged after cancelling
    ("I cancelled 118377 on 10 june and the 44.79 was still taken from my card, it's not a reservation", "payment", "order-changes", "en", "u30012"),
    ("tühistasin tellimuse 118377, aga raha võeti ikkagi maha ja pole tagasi tulnud", "payment", "order-changes", "et", "u30012"),
    ("замовлення 118805 скасоване, але гроші досі списані з картки", "payment", "order-changes", "uk", "u30028"),
    ("atcēlu pasūtījumu pirms nedēļas, bet nauda joprojām nav atgriezta, un tas nav rezervējums", "payment", "order-changes", "lv", None),
]
E += [  # refund missing, payment provider disagrees
    ("refund for AD-2025-118488 says refunded since 19 june, nothing on my card", "return_refund", "returns", "en", "u30031"),
    ("tellimuse 118488 raha pole siiani tagasi, juba kuu aega", "return_refund", "returns", "et", "u30031"),
    ("sent the breast pump back, 118560 shows refunded on 24 june, still no money", "return_refund", "returns", "en", "u30008"),
    ("возврат за градусник 118575 так и не пришёл, прошло три недели", "return_refund", "returns", "ru", "u30039"),
    ("palautin tuotteet kuukausi sitten, eikä rahoja ole vieläkään tullut", "return_refund", "returns", "fi", None),
    ("Inbank keeps sending me payment reminders for an order I returned a month ago", "payment", "payment", "en", None),
    ("banka saka, ka jūs naudu neesat atmaksājuši, bet jūsu e-pastā rakstīts, ka atmaksāts", "payment", "payment", "lv", None),
]
E += [  # credit, points or gift card vanished or never arrived
    ("my daugava credit from the emolia cream I returned was there and now it says 0", "payment", "gift-cards", "en", "u30025"),
    ("my €20 gift card from 118630 shows a balance of 0 but I never used it", "payment", "gift-cards", "en", "u30045"),
    ("bought a 50 euro e-gift card for my mum (118598), resent it twice, not in spam, she has nothing", "payment", "gift-cards", "en", "u30018"),
    ("подарочная карта так и не пришла, отправляла повторно два раза, в спаме нет", "payment", "gift-cards", "ru", "u30018"),
    ("зник мій кредит Daugava з акаунта, там було 16 євро", "payment", "gift-cards", "uk", None),
    ("dingo mano Daugava Club taškai, vakar buvo 340", "payment", "discounts", "lt", None),
]
E += [  # price promise: the difference
    ("the hyaluronic serum from 118590 is now 3 euros cheaper, please refund me the difference", "payment", "discounts", "en", "u30026"),
    ("serums no pasūtījuma 118590 tagad ir lētāks, lūdzu atmaksājiet starpību", "payment", "discounts", "lv", "u30026"),
    ("купила крем, через три дня он подешевел на сайте, верните разницу, пожалуйста", "payment", "discounts", "ru", None),
]
E += [  # order not placed, someone else's data, deletion, locked out
    ("there's an order AD-2025-118799 for 5 packs of masks on my account, I didn't place it", "account", None, "en", "u30019"),
    ("manā kontā ir pasūtījums, ko es neveicu", "account", None, "lv", "u30019"),
    ("tililläni on tilaus, jota en ole tehnyt", "account", None, "fi", None),
    ("minu kontol on tellimus, mida ma ei teinud", "account", None, "et", None),
    ("I logged in and I can see someone else's orders and address in my account", "account", "privacy", "en", None),
    ("I deleted my account in March and I still get your newsletters", "account", "privacy", "en", None),
    ("два месяца назад просила удалить мои данные, ничего не сделано", "account", "privacy", "ru", None),
    ("prieš 2 mėnesius ištryniau paskyrą, bet vis dar gaunu jūsų laiškus", "account", "privacy", "lt", None),
    ("did forgot password 3 times, no email, not in spam, and smart-id says no account found", "account", "account", "en", None),
    ("paroles atjaunošanas saite nepienāk jau trešo reizi, surogātpastā arī nav", "account", "account", "lv", None),
    ("скидала пароль тричі, лист не приходить, у спамі теж нема", "account", "account", "uk", None),
]
E += [  # delivered, not received, already looked
    ("Omniva says 118700 was delivered on 11 july, the locker app shows nothing, asked the neighbours, 5 days now", "complaint", "delivery-problems", "en", "u30044"),
    ("užsakymas 118700 pažymėtas kaip pristatytas, bet paštomate nieko nebuvo, kaimynų klausiau, jau savaitė", "complaint", "delivery-problems", "lt", "u30044"),
    ("AD-2025-118702 shows delivered. checked the locker, letterbox, neighbours. nothing for 4 days", "complaint", "delivery-problems", "en", "u30014"),
    ("посылка отмечена как доставленная, спросила соседей и проверила ящик — ничего уже неделю", "complaint", "delivery-problems", "ru", None),
    ("paketti on merkitty toimitetuksi, kysyin naapureilta ja Postista, ei mitään", "complaint", "delivery-problems", "fi", None),
]
E += [  # replacements warm or damaged again, repairs that failed again
    ("the replacement lacto forte arrived warm AGAIN. second time now", "complaint", "cold-chain", "en", "u30006"),
    ("aizvietotā sīrupa pudele atkal atnāca saplīsusi", "complaint", "damaged-parcels", "lv", None),
    ("my nebulizer (AD-2024-109873) was repaired under warranty in may and now it's stopped again", "return_refund", "warranty", "en", "u30011"),
    ("небулайзер после гарантийного ремонта снова не работает, та же проблема", "return_refund", "warranty", "ru", "u30011"),
    ("pientraukis po garantinio remonto vėl neveikia", "return_refund", "warranty", "lt", "u30033"),
    ("sent the warranty form with a video 2 weeks ago, nobody has replied", "return_refund", "warranty", "en", None),
    ("sent my pulsa m3 in for warranty 3 weeks ago and still haven't heard anything", "return_refund", "warranty", "en", "u30010"),
]
E += [  # a pharmacist's hold on an order
    ("a pharmacist removed one ibumax from my order and refunded it, but I need both packs for my parents' cottage, can someone put it back", "order_status", "medicines-online", "en", None),
    ("mans pasūtījums jau divas dienas ir aizturēts farmaceita pārbaudē, neviens nezvana", "order_status", "medicines-online", "lv", None),
]
E += [  # someone unwell after a product or a medicine
    ("my 3 year old just drank from the ibumax kids bottle, maybe 30 ml, what do I do", "complaint", "feeling-unwell", "en", None),
    ("took a loratadine an hour ago and my lips are swelling up", "complaint", "feeling-unwell", "en", None),
    ("после вашего крема всё лицо опухло и жжёт", "complaint", "feeling-unwell", "ru", None),
    ("pēc nikotīna plākstera man sirds dauzās un reibst galva", "complaint", "feeling-unwell", "lv", None),
    ("sain ihottuman koko kehoon uusista vitamiineista, kävin jo lääkärissä", "complaint", "feeling-unwell", "fi", None),
    ("дитина з'їла кілька таблеток вітаміну D, що робити??", "complaint", "feeling-unwell", "uk", None),
    ("I gave my 11 year old one of the ibumax forte 400 from my last order by mistake and now she's vomiting", "complaint", "feeling-unwell", "en", "u30043"),
]
E += [  # legal threats, staff, an invoice still wrong
    ("if my refund isn't here by monday I'm filing a complaint with PTAC", "complaint", None, "en", None),
    ("iesniegšu sūdzību Veselības inspekcijā, ja tas netiks atrisināts", "complaint", None, "lv", None),
    ("the pharmacist at brivibas was really rude to my father this morning", "complaint", None, "en", None),
    ("фармацевт в чате вчера мне просто нагрубила", "complaint", None, "ru", None),
    ("second time asking: the invoice still has no VAT number and our accountant won't accept it", "payment", "invoices", "en", None),
]
for m, it, art, l, cu in E:
    c(m, True, it, art, l=l, cu=cu)

# ---- polite asks that only staff can fulfil, in every language
for m, it, art, l, cu in [
    ("Would you be so kind as to check why I was charged twice for one order? Both payments are booked since last week.", "payment", "payment", "en", None),
    ("Could someone please look into my refund? I returned two unopened vitamin jars a month ago and nothing came back.", "return_refund", "returns", "en", None),
    ("Hello, I think there's a mistake: my Daugava credit of about 12 euros disappeared today. Could you restore it please?", "payment", "gift-cards", "en", None),
    ("Būtu ļoti pateicīga, ja kāds pārbaudītu, kāpēc man noņēma naudu par atceltu pasūtījumu.", "payment", "order-changes", "lv", None),
    ("Vai jūs, lūdzu, varētu apmainīt pasūtījumā vienu krēmu pret citu? Abi nav atvērti.", "return_refund", "returns", "lv", None),
    ("Будьте добры, проверьте, пожалуйста, почему мне до сих пор не вернули деньги за возврат.", "return_refund", "returns", "ru", None),
    ("Не могли бы вы удалить мой аккаунт? Я нажимала Delete account месяц назад, а он всё ещё есть.", "account", "privacy", "ru", None),
    ("Gal galėtumėte patikrinti, kodėl po užsakymo atšaukimo nuskaitė pinigus?", "payment", "order-changes", "lt", None),
    ("Kas te saaksite palun kontrollida, miks mu kinkekaardi saldo on null? Ma pole seda kasutanud.", "payment", "gift-cards", "et", None),
    ("Voisitteko ystävällisesti tarkistaa, miksi palautuksen rahoja ei ole kuulunut viiteen viikkoon?", "return_refund", "returns", "fi", None),
    ("Чи не могли б ви перевірити, чому з мене двічі зняли оплату? Обидва платежі вже проведені.", "payment", "payment", "uk", None),
    ("Будь ласка, поверніть різницю: сироватка подешевшала через два дні після мого замовлення.", "payment", "discounts", "uk", None),
]:
    c(m, True, it, art, l=l, cu=cu)
for m, l in [
    ("yo can a human jump in real quick", "en"),
    ("need an actual person for this one", "en"),
    ("please call me on 26118402, easier to explain by phone", "en"),
    ("dodiet man kādu dzīvu cilvēku, lūdzu", "lv"),
    ("дайте живого человека, пожалуйста", "ru"),
    ("norėčiau kalbėti su tikru žmogumi", "lt"),
    ("palun andke mulle päris inimene", "et"),
    ("haluan puhua oikean ihmisen kanssa", "fi"),
    ("покличте когось живого, будь ласка", "uk"),
]:
    c(m, True, "human_request", None, l=l)

# ================================================== conversations (2-4 turns)
# ---- a question is answered, then a person is asked for
for msgs, art, l in [
    (["how much is shipping to finland", "ok. can a person call me, I want to order for a whole daycare"], "shipping", "en"),
    (["is the pharmacist consultation free?", "great. can a pharmacist just call me now instead"], "pharmacist-consultation", "en"),
    (["what's the warranty on the pulsa m7", "ok, I'd like to talk to someone from service"], "warranty", "en"),
    (["how do returns work", "mm ok, transfer me to someone pls"], "returns", "en"),
    (["can you send ibuprofen to tallinn", "ok then let me talk to a pharmacist about what I can get instead"], "medicines-online", "en"),
    (["what cuff size for a 36 cm arm", "thanks, can a pharmacist help me choose on the phone?"], "medical-devices", "en"),
    (["do you sell nicotine patches to 17 year olds", "ok whatever, can I speak to the manager"], "age-limits", "en"),
    (["how do I delete my account", "cool. I'd still like a human to confirm it's done"], "privacy", "en"),
    (["cik maksā piegāde uz pakomātu?", "labi. vai varu runāt ar kādu cilvēku?"], "shipping", "lv"),
    (["kā rezervēt recepšu zāles?", "skaidrs, bet gribētu parunāt ar farmaceitu"], "prescriptions", "lv"),
    (["сколько стоит доставка курьером по Риге?", "понятно, а можно поговорить с оператором?"], "shipping", "ru"),
    (["какая гарантия на тонометр?", "хорошо, соедините с сотрудником"], "warranty", "ru"),
    (["kiek kainuoja pristatymas į Lietuvą?", "aišku, ar galiu pasikalbėti su žmogumi?"], "shipping", "lt"),
    (["kas teete tagastusi Eestist?", "selge. palun ühendage mind inimesega"], "returns", "et"),
    (["paljonko toimitus Suomeen maksaa?", "ok, voisinko puhua jonkun kanssa?"], "shipping", "fi"),
    (["як записатися на консультацію фармацевта?", "дякую, а можна зараз поговорити з фармацевтом?"], "pharmacist-consultation", "uk"),
    (["скільки коштує доставка в Латвії?", "добре. з'єднайте з оператором, будь ласка"], "shipping", "uk"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- frustration that builds over the turns (no swearing)
for msgs, it, art, l in [
    (["where do I find my receipt", "there's no Download receipt button", "I've looked 3 times, it's not there, this is useless"], "complaint", "invoices", "en"),
    (["how do I enter a discount code", "there is no field", "i already told you there is no field. this is going nowhere"], "complaint", "discounts", "en"),
    (["reset link doesn't work", "I used it right away, it says invalid", "you keep saying the same thing and I still can't log in"], "complaint", "account", "en"),
    (["my parcel hasn't moved in 4 days", "yes i checked the omniva link", "you're just repeating the page at me"], "complaint", "delivery-problems", "en"),
    (["how do i pair the m7 with the app", "did that, it doesn't show up", "third time: it does NOT appear in the app"], "complaint", "medical-devices", "en"),
    (["can the probiotics go to finland", "but why not, I'd pick them up from posti straight away", "this makes no sense, that's the third time I'm asking"], "complaint", "cold-chain", "en"),
    (["kur ir mans čeks?", "sadaļā Mani pasūtījumi tā nav", "jau trešo reizi rakstu, tas nepalīdz"], "complaint", "invoices", "lv"),
    (["как ввести промокод?", "поля нет", "я уже третий раз пишу, что поля нет"], "complaint", "discounts", "ru"),
    (["pamiršau slaptažodį", "laiškas neatėjo", "vėl nieko, jau trečią kartą, tai nepadeda"], "complaint", "account", "lt"),
    (["kus mu pakk on?", "jälgimine ei liigu", "te kordate sama asja, see ei aita"], "complaint", "delivery-problems", "et"),
    (["miten saan kuitin?", "sitä nappia ei ole", "kolmas kerta kun sanon, ei auta yhtään"], "complaint", "invoices", "fi"),
    (["як змінити email в акаунті?", "лист із посиланням не приходить", "вже втретє пишу, нічого не працює"], "complaint", "account", "uk"),
]:
    c(msgs, True, it, art, l=l)
# frustration that ends with an ask for a person
for msgs, art, l in [
    (["my tracking says delivered", "I checked everything you said", "enough, get me a human"], "delivery-problems", "en"),
    (["the blood pressure monitor shows E2", "changed the batteries and checked the cuff", "ok can a real person help me now"], "warranty", "en"),
    (["parole nestrādā", "jau mēģināju to visu", "gribu runāt ar cilvēku"], "account", "lv"),
    (["не могу оплатить заказ", "пробовала две карты", "дайте живого человека"], "payment", "ru"),
    (["koodi ei toimi", "kokeilin jo monta kertaa", "yhdistäkää minut ihmiselle"], "discounts", "fi"),
    (["pakk ei liigu", "jah, kontrollisin", "tahan inimesega rääkida"], "delivery-problems", "et"),
]:
    c(msgs, True, "human_request", art, l=l)

# ---- an answered question, then the staff-only problem comes out
for msgs, it, art, l, cu in [
    (["how long does a refund take", "mine for AD-2025-118488 says refunded since 19 june and I got nothing"], "return_refund", "returns", "en", "u30031"),
    (["why would I see 2 payments", "it's been 12 days, both are booked, not pending"], "payment", "payment", "en", "u30022"),
    (["how do I delete my account", "I did that in april and still get mails from you"], "account", "privacy", "en", None),
    (["what's the warranty on nebulizers", "mine was already repaired once and it's broken again"], "return_refund", "warranty", "en", "u30011"),
    (["what do I do if cold-chain stuff arrives warm", "I did that, you sent a new box and that one was warm too"], "complaint", "cold-chain", "en", "u30006"),
    (["how long is a gift card valid", "mine had 20 euro on it, now it shows 0 and I never used it"], "payment", "gift-cards", "en", "u30045"),
    (["do you have some kind of price promise?", "ok, then refund me the difference for the serum in 118590 please"], "payment", "discounts", "en", "u30026"),
    (["cik ilgā laikā atmaksā naudu par atgriezto preci?", "es gaidu jau piecas nedēļas"], "return_refund", "returns", "lv", None),
    (["как удалить аккаунт?", "я это сделала ещё в марте, а письма всё приходят"], "account", "privacy", "ru", None),
    (["kui kaua raha tagastamine võtab?", "ootan juba kuu aega, tellimus 118488"], "return_refund", "returns", "et", "u30031"),
    (["miten salasana vaihdetaan?", "tein sen kolme kertaa, sähköpostia ei tule eikä se ole roskapostissa"], "account", "account", "fi", None),
    (["як довго діє подарункова картка?", "моя зникла з акаунта, хоча я нею не користувалась"], "payment", "gift-cards", "uk", None),
    (["kiek laiko grąžinami pinigai už atšauktą užsakymą?", "praėjo dvi savaitės, ir tai ne rezervacija, pinigai nurašyti"], "payment", "order-changes", "lt", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- a problem reported, then it turns out staff are needed
for msgs, it, art, l, cu in [
    (["the serum bottle arrived leaking", "sent the photos 5 days ago and nobody answered"], "complaint", "damaged-parcels", "en", None),
    (["tracking says delivered but there's nothing", "did all that. letterbox, neighbours, the locker app. it's been 6 days", "so what now"], "complaint", "delivery-problems", "en", "u30014"),
    (["my gift card email never came", "resent it twice, not in spam, the address is right"], "payment", "gift-cards", "en", "u30018"),
    (["I cancelled my order, when is my money back?", "it's been 10 days and it's booked, not reserved"], "payment", "order-changes", "en", "u30012"),
    (["the probiotics were warm in the box", "sent the photo within the hour, 4 days and no reply"], "complaint", "cold-chain", "en", None),
    (["paka atnāca saplīsusi", "nosūtīju bildes pirms nedēļas, atbildes nav"], "complaint", "damaged-parcels", "lv", None),
    (["пришёл не тот крем", "написала вам неделю назад, никто не ответил"], "complaint", "damaged-parcels", "ru", None),
    (["verenpainemittari ei käynnisty", "täytin takuulomakkeen kaksi viikkoa sitten, ei vastausta"], "return_refund", "warranty", "fi", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- change requests inside a conversation
for msgs, it, art, l, cu in [
    (["can I still change an order I made 20 min ago?", "ok then please add a vitamin d to AD-2025-118802"], "order_status", "order-changes", "en", "u30004"),
    (["how long do you keep a pickup order", "then please change 118795 to courier delivery, I'm travelling"], "order_status", "order-changes", "en", "u30007"),
    (["where is my order 118822", "ok, please cancel it then"], "order_status", "order-changes", "en", "u30009"),
    (["kā atcelt pasūtījumu?", "tad lūdzu atceliet 118788"], "order_status", "order-changes", "lv", "u30015"),
    (["можно ли изменить адрес доставки?", "тогда поменяйте адрес в заказе 118788 на Юрмалу"], "order_status", "order-changes", "ru", "u30015"),
    (["can I exchange things at the pharmacy?", "I live in Turku though. can you swap one of the sun fluids in 118530 for the kids lotion by post?"], "return_refund", "returns", "en", "u30017"),
    (["how do returns work", "please just refund the M3 from AD-2025-118406 then"], "return_refund", "returns", "en", "u30010"),
    (["ar galima pakeisti pristatymo būdą?", "tada prašau 118815 siųsti per kurjerį"], "order_status", "order-changes", "lt", "u30032"),
    (["voiko tilausta vielä perua?", "peruuttakaa sitten 118819"], "order_status", "order-changes", "fi", "u30036"),
    (["чи можна змінити замовлення?", "тоді приберіть гель для зубів із 118824"], "order_status", "order-changes", "uk", "u30046"),
]:
    c(msgs, True, it, art, l=l, cu=cu)

# ---- greeting first, then the ask; or asking again
for msgs, l in [
    (["hello", "can I chat with a pharmacist please"], "en"),
    (["human", "HUMAN PLEASE", "is anybody there"], "en"),
    (["operator", "i said operator"], "en"),
    (["labdien", "vai varu runāt ar farmaceitu?"], "lv"),
    (["здравствуйте", "переключите на оператора"], "ru"),
    (["laba diena", "norėčiau pasikalbėti su žmogumi"], "lt"),
    (["tere", "palun inimest"], "et"),
    (["moi", "saisinko puhua farmaseutille?"], "fi"),
    (["добрий день", "покличте, будь ласка, фармацевта"], "uk"),
]:
    c(msgs, True, "human_request", None, l=l)

# ---- follow-ups the assistant answers itself (no hand-over)
for msgs, it, art, mm, l in [
    (["hi", "how much is the omniva locker in latvia?"], "shipping", "shipping", ["€2.49"], "en"),
    (["do you ship to lithuania", "and can you send paracetamol there?"], "shipping", "medicines-online", ["only in Latvia"], "en"),
    (["is the pharmacist chat free", "and when is it open on saturday?"], "other", "pharmacist-chat", ["19:00"], "en"),
    (["can i return vitamins", "what if I already opened the jar?"], "return_refund", "returns", ["cannot be returned"], "en"),
    (["i want to talk to someone", "actually never mind, what time does the pharmacy close on saturday?"], "other", "pharmacy-riga", ["19:00"], "en"),
    (["operator please", "wait, no, just give me the phone number, I'll call"], "other", "contact", [PH], "en"),
    (["is this a bot?", "ok, so when can I talk to an actual pharmacist?"], "other", "pharmacist-chat", ["8:00"], "en"),
    (["no need for a human", "just tell me how long pickup orders are kept"], "shipping", "pickup-riga", ["5 days"], "en"),
    (["my face cream arrived leaking", "do I have to send the broken one back?"], "complaint", "damaged-parcels", ["do not have to send"], "en"),
    (["tracking says delivered but nothing here", "should I wait or write to you now?"], "complaint", "delivery-problems", ["next working day"], "en"),
    (["how do I measure my blood pressure right", "and how many readings should I take?"], "product_info", "medical-devices", ["2 readings"], "en"),
    (["how much vitamin d for adults", "and for my 4 year old?"], "product_info", "vitamins", ["400 IU"], "en"),
    (["I need to cancel my consultation booking", "no, not you, just tell me how to do it myself"], "product_info", "pharmacist-consultation", ["confirmation e-mail"], "en"),
    (["which thermometer is best for a baby", "is the ear one ok for 2 months?"], "product_info", "medical-devices", ["6 months"], "en"),
    (["can i pick up in riga", "and can my husband collect it for me?"], "shipping", "pickup-riga", ["pickup code"], "en"),
    (["what's the weather in riga", "fine. is the pharmacy open on sunday?"], "other", "pharmacy-riga", ["17:00"], "en"),
    (["my monitor shows an error", "what should I try before sending it in?"], "return_refund", "warranty", ["batteries"], "en"),
    (["do you sell antibiotics", "ok and can I reserve them online if I have the e-prescription?"], "product_info", "prescriptions", ["aptiekadaugava.lv/rezervet"], "en"),
    (["sveiki", "cik maksā kurjers Rīgā?"], "shipping", "shipping", ["4", "99"], "lv"),
    (["man nevajag cilvēku", "vienkārši pasakiet, cik ilgi var atgriezt preci"], "return_refund", "returns", ["14"], "lv"),
    (["vai jūs sūtāt uz Igauniju?", "un zāles arī var nosūtīt uz Tallinu?"], "shipping", "medicines-online", [], "lv"),
    (["хочу поговорить с человеком", "а, неважно. какой у вас телефон?"], "other", "contact", [PH], "ru"),
    (["вы доставляете в Эстонию?", "а сколько стоит курьер?"], "shipping", "shipping", ["6", "99"], "ru"),
    (["у меня пришёл тёплый пробиотик", "а фото куда отправить?"], "complaint", "cold-chain", [MAIL], "ru"),
    (["laba diena", "ar siunčiate vitaminus į Lietuvą?"], "shipping", "shipping", [], "lt"),
    (["tere", "kui palju maksab saatmine Eestisse pakiautomaati?"], "shipping", "shipping", ["3", "99"], "et"),
    (["hei", "kauanko toimitus Suomeen kestää?"], "shipping", "shipping", [], "fi"),
    (["en tarvitse ihmistä", "kertokaa vain, paljonko palautus Suomesta maksaa"], "return_refund", "returns", ["7", "99"], "fi"),
    (["привіт", "чи є у вас знижка для пенсіонерів?"], "payment", "discounts", ["65"], "uk"),
    (["як забронювати ліки за рецептом?", "а скільки днів ви їх тримаєте?"], "product_info", "prescriptions", ["3"], "uk"),
]:
    c(msgs, False, it, art, mm, l=l)
# order follow-ups with the customer's own orders
for msgs, mm, l, cu in [
    (["hi, where's my order?", "it's AD 2025 118734"], ["CE473920581LV"], "en", "u30001"),
    (["sveiki, kur mano siuntinys?", "užsakymo nr. 118751"], ["05808400417392"], "lt", "u30002"),
    (["missä pakettini on?", "tilausnumero AD-2025-118760"], ["JJFI6437100028602144"], "fi", "u30029"),
    (["где моя посылка?", "номер заказа ad2025118771"], ["05808400422019"], "ru", "u30030"),
    (["labdien, kur ir mana paka?", "pasūtījums #118729"], ["CE474521977LV"], "lv", "u30023"),
    (["tere, kus mu pakk on?", "tellimus 118744"], ["05808400421174"], "et", "u30016"),
    (["where is my order", "the blood pressure one, AD-2025-118809"], ["CE474688350LV"], "en", "u30042"),
]:
    c(msgs, False, "order_status", None, mm, l=l, cu=cu)

# ---- longer conversations and messages written out in full
c(["hi, I ordered the M7 for my dad and he can't get it to show up in the Pulsa app",
   "we did it in the app like you said, not in the bluetooth settings, and it found nothing",
   "honestly we've now spent an hour on this, restarted the phone twice, new batteries, and my dad is getting upset. he just wants to see his numbers on the phone. I don't know what else to do and your answers aren't getting us anywhere"],
  True, "complaint", "medical-devices")
c("I've been reading your pages for twenty minutes and I'm more confused than when I started. My mum is 78, takes tablets for her heart and blood pressure and now her doctor added something for her stomach, and she wants to start vitamin D and magnesium as well. I'd really like a pharmacist to go through all of it with me on the phone, can somebody call me? 29 661 204",
  True, "human_request", "pharmacist-consultation")
c("ok before you pass me to someone, I really don't need a person, I just can't work out if the omega 3 my sister gave me as a present can be sent back, it's still in the foil",
  False, "return_refund", "returns", ["14 days"])
c(["hey, thinking about buying a blood pressure monitor for home", "my arm is quite big, about 38 cm, does that matter?",
   "and which of yours comes with a cuff that fits?"], False, "product_info", "medical-devices", ["M7"])
c(["Labdien, man ir pasūtījums", "Nē, ar to viss kārtībā, gribēju tikai zināt, līdz cikiem svētdien strādā aptieka"],
  False, "other", "pharmacy-riga", ["17:00"], l="lv")
c("Здравствуйте! Купила в прошлом месяце у вас тонометр для мамы, всё пришло хорошо, но теперь он при каждом измерении показывает ошибку, хотя мама сидит спокойно и манжета надета правильно, я проверяла. Батарейки новые. Что делать дальше, куда его отправить?",
  False, "return_refund", "warranty", ["aptiekadaugava.lv/garantija"], l="ru")
c("Sveiki! Užsisakiau vaikiško kremo nuo saulės ir vitaminų, bet kai siuntinys atėjo, kremo tūbelė buvo įplyšusi ir viskas dėžėje išteptas. Vitaminai, atrodo, sveiki. Ką man daryti, ar reikia kažką siųsti atgal?",
  False, "complaint", "damaged-parcels", ["3"], l="lt")
c("Tere! Mu laps on 14 kuud vana ja me oleme seni kasutanud esimese astme piimasegu, aga sõbranna ütles, et peaks juba ammu teisele üle minema. Kas te saadate teise astme segu ka Eestisse ja mis see maksab?",
  False, "product_info", "baby-care", [], l="et")
c("Hei, tilasin teiltä pari viikkoa sitten D-vitamiinia ja huulivoidetta, ja nyt huomasin, että haluaisin samalla tilata lapselle kuumelääkettä. Onko mahdollista saada se Suomeen, vai pitääkö tilata se jostain muualta?",
  False, "shipping", "medicines-online", [], l="fi")
c("Добрий день, я з Херсона, зараз живу в Ризі. Лікар в Україні виписав мені ліки, рецепт паперовий. Чи можна купити ці ліки у вашій аптеці на Брівібас, чи потрібен латвійський рецепт?",
  False, "product_info", "prescriptions", [], l="uk")
c("my partner bought me the TF-500 thermometer but we already have one, it's still in the sealed box from last week. can I send it back and how much does that cost from Riga?",
  False, "return_refund", "returns", ["free"])

# ---- numbers that are not order numbers (weights, sizes, names, prices)
for m, it, art, mm, l in [
    ("is the pulsa m3 ok for a 31 cm arm or do I need the 32-42 cm cuff?", "product_info", "medical-devices", ["22–32 cm"], "en"),
    ("my baby is 9.5 kg and 74 cm, size 3 or 4 nappies?", "product_info", "baby-care", ["9–14 kg"], "en"),
    ("I take the vitamin d3 2000 iu, can I take 2 a day in winter, so 4000?", "product_info", "vitamins", ["4000 IU"], "en"),
    ("I live at LV-1050 in riga, will the courier come the next day?", "shipping", "shipping", ["1 working day in Riga"], "en"),
    ("basket is 34.50 with 2 vitamin C, do I get the free locker delivery?", "shipping", "shipping", ["€35"], "en"),
    ("I need 3x nazoclear 0.1% 10 ml for the whole family, is that allowed?", "product_info", "medicines-online", ["3 packs"], "en"),
    ("у меня окружность руки 34 см, какая манжета нужна?", "product_info", "medical-devices", ["42"], "ru"),
    ("Ja pasūtu par 49,90 €, vai kurjers būs bez maksas?", "shipping", "shipping", ["50"], "lv"),
    ("postinumero 00510 Helsinki, kauanko toimitus kestää?", "shipping", "shipping", [], "fi"),
    ("mu laps kaalub 12 kg, kas Ibumax Kids 100 mg/5 ml sobib talle ja mis annus?", "product_info", "pharmacist-consultation", [], "et"),
    ("ką reiškia 12M ant kremo pakuotės?", "product_info", "skincare", ["12"], "lt"),
]:
    c(m, False, it, art, mm, l=l)
c("does the termo 60 really take 60 seconds?", False, "product_info", None, ["60 seconds"])
c("is the C28 nebulizer ok for my 4 year old, does it have a child mask?", False, "product_info", None, ["child masks"])

# ---- two questions on one page: the second one is judged
for msgs, it, art, mm, l in [
    (["how much is delivery to a parcel locker in latvia", "and from what amount is it free?"], "shipping", "shipping", ["€35"], "en"),
    (["shipping to finland cost?", "is there free shipping if I take the courier instead"], "shipping", "shipping", ["no free delivery"], "en"),
    (["shipping to norway?", "what about stockholm then"], "shipping", "shipping", ["Sweden"], "en"),
    (["kiek kainuoja pristatymas į paštomatą Lietuvoje?", "o nuo kokios sumos nemokamai?"], "shipping", "shipping", ["49"], "lt"),
    (["paljonko toimitus Suomeen maksaa?", "entä mistä summasta se on ilmainen?"], "shipping", "shipping", ["79"], "fi"),
    (["сколько стоит доставка курьером по Латвии?", "если закажу сегодня до обеда, когда отправите?"], "shipping", "shipping", ["14:00"], "ru"),
    (["скільки коштує доставка до поштомату в Литві?", "а до Німеччини доставляєте?"], "shipping", "shipping", [], "uk"),
    (["whats ur phone number", "and until what time can i call on a friday"], "other", "contact", ["18:00"], "en"),
    (["kāds ir jūsu telefona numurs?", "un uz kuru e-pastu rakstīt par pasūtījumu?"], "other", "contact", [MAIL], "lv"),
    (["какой у вас номер телефона?", "до скольки работает служба поддержки в будни?"], "other", "contact", ["18:00"], "ru"),
    (["where is your pharmacy exactly", "is there parking nearby?"], "other", "pharmacy-riga", ["Street parking"], "en"),
    (["pharmacy open sunday?", "and on christmas day?"], "other", "pharmacy-riga", ["closed"], "en"),
    (["can i collect my order at the pharmacy instead of delivery", "how long will you hold it for me?"], "shipping", "pickup-riga", ["5 days"], "en"),
    (["how many packs of paracetamol can I order at once", "and ibuprofen?"], "product_info", "medicines-online", ["2 packs"], "en"),
    (["how do I reserve my prescription medicine so it's there when I come", "how long do you hold it?"], "product_info", "prescriptions", ["3 days"], "en"),
    (["can the probiotic drops go to a parcel locker", "ok, and how long does the cold box keep them cold?"], "shipping", "cold-chain", ["48 hours"], "en"),
    (["can i buy nicotine gum online, I'm 17", "what if my mum orders it for me?"], "product_info", "age-limits", ["parent"], "en"),
    (["how do you check age when I order caffeine tablets", "I'm in finland and have no smart-id though"], "product_info", "age-limits", ["online bank ID"], "en"),
    (["what does pending mean on an order", "and if I don't pay, how long until it's cancelled?"], "order_status", "order-changes", ["24 hours"], "en"),
    (["whats your return policy", "does that include medicines? I have unopened ibuprofen I don't need"], "return_refund", "returns", ["cannot be returned"], "en"),
    (["how much does a return from estonia cost", "and when do I get my money back?"], "return_refund", "returns", ["14 days"], "en"),
    (["можно ли вернуть нераспечатанное лекарство?", "а витамины?"], "return_refund", "returns", ["14"], "ru"),
    (["tracking says delivered but nothing in the omniva app or at my door", "and if it's really gone, how long does your investigation take?"], "complaint", "delivery-problems", ["10 working days"], "en"),
    (["where can I get rid of old medicines in riga", "can i just post them to you?"], "product_info", "medicine-storage", ["do not accept medicines by post"], "en"),
    (["how do i book a pharmacist consultation", "is it free?"], "product_info", "pharmacist-consultation", ["free"], "en"),
    (["can I do the consultation by video from Tartu?", "can I book it for tonight at 20:00?"], "product_info", "pharmacist-consultation", ["18:00"], "en"),
    (["warranty on the pulsa m3?", "how do I get the 5 years then?"], "return_refund", "warranty", ["pulsa-health.eu"], "en"),
    (["upper arm or wrist monitor, which is better", "how should I sit when I measure?"], "product_info", "medical-devices", ["5 minutes"], "en"),
    (["can formula be shipped to finland", "and the teething gel?"], "product_info", "baby-care", ["only in Latvia"], "en"),
    (["what spf for kids at the beach", "how often do I put it on again?"], "product_info", "skincare", ["every 2 hours"], "en"),
    (["is your vitamin d vegan", "what about the omega-3 capsules?"], "product_info", "vitamins", ["fish oil"], "en"),
    (["what payment methods do u take", "no cash on delivery?"], "payment", "payment", ["cash on delivery"], "en"),
    (["how long is a gift card valid", "can it be used for medicines too"], "payment", "gift-cards", ["including medicines"], "en"),
    (["where do I enter a promo code", "why doesn't it work on the ibuprofen"], "payment", "discounts", ["medicines"], "en"),
    (["how do the daugava club points work", "do you have a pensioner discount too?"], "payment", "discounts", ["65"], "en"),
    (["forgot my pasword", "the reset link says expired"], "account", "account", ["60 minutes"], "en"),
    (["how do I delete my account", "how long do you keep my chat messages after that?"], "account", "privacy", ["12 months"], "en"),
    (["nicofree gum, how many pieces in the pack", "and the patches, how many hours a day?"], "product_info", None, ["16 hours"], "en"),
    (["how much is the pulsa m7", "how many people can use it?"], "product_info", None, ["2 users"], "en"),
]:
    c(msgs, False, it, art, mm, l=l)

# ---- more hand-overs inside conversations, and a few more staff-only ones
for msgs, it, art, l, cu in [
    (["do you deliver to finland?", "ok, I'm ordering for my grandma in Espoo, can someone call me to sort it out?"], "human_request", "shipping", "en", None),
    (["what's your price promise", "great, the vitamin D I bought last tuesday is 1 euro cheaper now, can you credit me?"], "payment", "discounts", "en", None),
    (["how do I book a consultation", "the booking page keeps failing, can a pharmacist just call me back today"], "human_request", "pharmacist-consultation", "en", None),
    (["kāda garantija ir tonometram?", "manējais jau otro reizi salūzis pēc remonta, gribu runāt ar kādu"], "return_refund", "warranty", "lv", None),
    (["как вернуть товар?", "я отправила посылку три недели назад, по трекингу вы её получили, а денег нет"], "return_refund", "returns", "ru", None),
    (["kuidas kinkekaarti uuesti saata?", "saatsin kaks korda, ei tulnud kohale, palun aidake"], "payment", "gift-cards", "et", None),
    (["mitä teen, jos paketti on merkitty toimitetuksi?", "tein kaiken, ei löydy mistään, viikko on jo mennyt"], "complaint", "delivery-problems", "fi", None),
    (["як скасувати замовлення?", "то скасуйте, будь ласка, моє замовлення, трек-номера ще немає"], "order_status", "order-changes", "uk", None),
    (["ar siunčiate į Latviją kurjeriu?", "gerai, gal galite man paskambinti? noriu užsisakyti įmonei"], "human_request", "shipping", "lt", None),
    (["why can't I add ibumax to my order to riga?", "the address IS in riga, LV-1011", "it still won't let me, I've tried 3 times, this is ridiculous"], "complaint", "medicines-online", "en", None),
    (["почему нельзя отправить пробиотики в пакомат?", "а если я заберу сразу же?", "третий раз спрашиваю, ответьте нормально"], "complaint", "cold-chain", "ru", None),
    (["чи можна зробити обмін у замовленні?", "тоді поміняйте, будь ласка, розмір підгузків у моєму замовленні на п'ятий"], "return_refund", "returns", "uk", None),
    (["kas saab apteekriga rääkida?", "jah, palun ühendage kohe"], "human_request", None, "et", None),
]:
    c(msgs, True, it, art, l=l, cu=cu)
for m, it, art, l in [
    ("I booked a consultation for 14:00 and nobody has called, it's 14:40 now", "complaint", "pharmacist-consultation", "en"),
    ("the pharmacist in the chat told me to take 2 tablets but the leaflet says 1, I want someone senior to look at this", "complaint", None, "en"),
    ("заказала ибупрофен, фармацевт позвонил и отменил заказ, а деньги так и не вернули", "payment", "order-changes", "ru"),
    ("Omniva pakomāts neatveras, lai gan kods ir pareizs, paka ir iekšā. Jau trešo dienu tā", "complaint", "delivery-problems", "lv"),
    ("your courier left my nicotine patches with my 15 year old son, nobody checked any ID", "complaint", "age-limits", "en"),
    ("veloititte lasten aurinkovoiteesta kahdesti, molemmat veloitukset ovat olleet tilillä jo kaksi viikkoa", "payment", "payment", "fi"),
    ("my account shows an order to an address in Tallinn, I've never even been there", "account", None, "en"),
]:
    c(m, True, it, art, l=l)

# ---- many customers greet before they ask: every 7th single-turn question
# gets an opening line in its own language (the judged turn is unchanged)
OPENERS = {
    "en": ["hi", "hello", "hey", "good morning", "hi there", "hello, quick question", "evening!", "hi, hope you can help"],
    "lv": ["Sveiki", "Labdien", "Čau", "Labrīt"],
    "lt": ["Laba diena", "Sveiki", "Labas"],
    "et": ["Tere", "Tere päevast", "Tervist"],
    "fi": ["Hei", "Moi", "Päivää"],
    "ru": ["Здравствуйте", "Добрый день", "Привет"],
    "uk": ["Добрий день", "Привіт", "Вітаю"],
}
GREETS = re.compile(r"(hi|hello|hey|good (morning|afternoon|evening)|evening|sveiki|labdien|labrīt|čau|laba diena|labas|"
                    r"tere|tervist|hei|moi|päivää|здравствуйте|добрый|привет|добрий|привіт|вітаю)\b", re.I)

# ================================================================ output
# "AD-2025-118734", "ad2025118734", "AD 2025 118734", "#AD-2025-118734", "AD-118734"
ORDER_REF = re.compile(r"(?i)\bad[\s#-]*(20\d\d)?[\s#-]*(\d{6})(?!\d)")
# a bare counter ("pasūtījums 118734", "#118802", "118822, please"); every
# counter starts with 10 or 11; not part of a longer number or a decimal
BARE_REF = re.compile(r"(?<!\d)(?<!\d[.,])(1[01]\d{4})(?!\d)(?![.,]\d)")
# order numbers that are meant not to exist
UNKNOWN_ORDERS = {"119240", "115432", "119999"}

def order_refs(m):
    full, bare = casekit.scan(m, ORDER_REF, BARE_REF)
    return ([casekit.Ref(mo.group(0), mo.group(2),
                         "AD-%s-%s" % (mo.group(1), mo.group(2)) if mo.group(1) else None) for mo in full]
            + [casekit.Ref(mo.group(0), mo.group(1), None) for mo in bare])

MEDICINE = ("MED-",)
COLD = ("PRO-",)
ADULT = ("MED-NRT-", "ENR-")

def order_extra(o):
    """Rules only this shop has: medicines go only to Latvia (no Posti, an
    Omniva code ending in LV), cold-chain and 18+ products only by DPD
    courier or pickup in Riga."""
    err, skus, car = [], [it["sku"] for it in o["items"]], o.get("carrier")
    tr = o.get("trackingNumber") or ""
    if any(s.startswith(MEDICINE) for s in skus):
        if car == "Posti" or (car == "Omniva" and tr and not tr.endswith("LV")):
            err.append("order %s: medicines outside Latvia" % o["orderId"])
    for kind, pre in (("cold-chain", COLD), ("18+", ADULT)):
        if any(s.startswith(pre) for s in skus) and car not in ("DPD", "Pickup in pharmacy"):
            err.append("order %s: %s product by %s" % (o["orderId"], kind, car))
    if o["orderId"][3:7] != o["updatedAt"][:4] and o["status"] in ("pending", "paid"):
        err.append("order %s: an open order from another year" % o["orderId"])
    return err

DECIMAL = re.compile(r"\d[.,]\d")

def case_extra(row, lang):
    """In a non-English turn a price is split at its decimal separator
    ("2", "49"), since lv/lt/et/fi/ru/uk write 2,49."""
    if lang == "en":
        return []
    return ["%s: non-English mustMention %r not split" % (row["id"], s)
            for s in row["expect"]["mustMention"] if DECIMAL.search(s) and "@" not in s and "/" not in s]

def main():
    shop.add_openers(OPENERS, GREETS)
    shop.write()
    shop.check(order_id=r"AD-20\d\d-1[01]\d{4}", shape="AD-2025-118734",
               counter=lambda oid: oid[8:], refs=order_refs, unknown=UNKNOWN_ORDERS, qualifier="year",
               named=lambda cu: int(cu[3:]) < 100, customer_id=r"u30\d{3}", currency={"EUR"},
               untracked=lambda o: casekit.sku_only("GC-")(o) or o.get("carrier") == "Pickup in pharmacy",
               order_extra=order_extra, case_extra=case_extra, article_counts=True)

if __name__ == "__main__":
    main()
