-- Knowledge benchmark data (issue 4), after bench/generate-data.sql on PostgreSQL:
--  1. three more messages per ticket (a customer follow-up, an internal note, a customer thank-you), so that
--     1,000,000 tickets have about 5,000,000 messages;
--  2. the search copy of every ticket (knowledge_ticket_doc), as the knowledge module would make it from ticket
--     events (conversation joined in order, internal notes included); one in 1,000 with ~150 KB of text;
--  3. :articles articles (default 20,000) in the five languages, 80 % published, 60 % public, every second one
--     with a translation, built from per-language phrase lists so that stemming and stop words matter.
-- psql -v articles=20000 -f bench/knowledge-data.sql
\set ON_ERROR_STOP on
\if :{?articles}
\else
  \set articles 20000
\endif
select setseed(0.24);

create temp table msg_base as
select greatest((select coalesce(max(id), 0) from ticket_message),
                (select last_value from ticket_message_seq)) as base;
insert into ticket_message (id, ticket_id, author_type, author_id, author_name, author_email, body, internal,
                            channel, created_at)
select b.base + (t.id - (select min(id) from ticket)) * 3 + k, t.id,
       case k when 1 then 'AGENT' else 'CUSTOMER' end,
       case k when 1 then t.assignee_id end,
       case k when 1 then coalesce(t.resolved_by, 'Agent') else t.requester_name end,
       case k when 1 then null else t.requester_email end,
       case k
         when 0 then 'One more thing: the problem with ' || lower(t.subject)
                     || ' also happens on my second device, and the error message mentions a timeout.'
         when 1 then 'Checked the logs for ' || t.number || ': the client retried 3 times, then gave up. '
                     || 'Asked the customer for a screenshot of the settings page.'
         else 'Thank you, that helped. Everything works again after the restart you suggested.'
       end,
       k = 1, t.channel, t.created_at + (k + 1) * interval '7 minutes'
from ticket t cross join msg_base b cross join generate_series(0, 2) k;
select setval('ticket_message_seq', (select max(id) from ticket_message) + 100);

insert into knowledge_ticket_doc (ticket_id, number, subject, messages, requester_name, requester_email,
                                  requester_user_id, status, tier_id, department_id, solution, cause, resolved_at,
                                  created_at, updated_at)
select t.id, t.number, t.subject, m.text, t.requester_name, t.requester_email, t.requester_user_id, t.status,
       t.tier_id, t.department_id, t.solution, t.cause, t.resolved_at, t.created_at, t.updated_at
from ticket t
left join (select ticket_id, string_agg(body, E'\n\n' order by created_at, id) as text
           from ticket_message group by ticket_id) m on m.ticket_id = t.id
where not exists (select 1 from knowledge_ticket_doc d where d.ticket_id = t.id);

create temp table phrases (language varchar(8), topics text[], actions text[], sentences text[]);
insert into phrases values
('en', array['printer', 'VPN connection', 'password', 'e-mail account', 'laptop battery', 'second monitor',
             'Wi-Fi network', 'scanner', 'Teams meeting', 'shared drive', 'calendar', 'keyboard'],
       array['Reset the', 'Troubleshoot the', 'Set up the', 'Connect to the', 'Update the', 'Replace the'],
       array['Open the settings and choose the device from the list.',
             'If the light keeps blinking, hold the power button for ten seconds.',
             'Restart the computer after installing the updates.',
             'Printers on the third floor use the queue named FLOOR3.',
             'Ask the service desk when the error message mentions a licence.',
             'Most connection problems disappear after signing out and in again.']),
('nl', array['printer', 'VPN-verbinding', 'wachtwoord', 'e-mailaccount', 'laptopaccu', 'tweede beeldscherm',
             'wifi-netwerk', 'scanner', 'Teams-vergadering', 'gedeelde schijf', 'agenda', 'toetsenbord'],
       array['De', 'Problemen oplossen met de', 'Instellen van de', 'Verbinden met de', 'Bijwerken van de',
             'Vervangen van de'],
       array['Open de instellingen en kies het apparaat uit de lijst.',
             'Blijft het lampje knipperen, houd dan de aan-knop tien seconden ingedrukt.',
             'Start de computer opnieuw op na het installeren van de updates.',
             'De printers op de derde verdieping gebruiken de wachtrij VERDIEPING3.',
             'Vraag het servicedesk om hulp als de foutmelding over een licentie gaat.',
             'De meeste verbindingsproblemen verdwijnen na opnieuw aanmelden.']),
('id', array['printer', 'koneksi VPN', 'kata sandi', 'akun email', 'baterai laptop', 'monitor kedua',
             'jaringan Wi-Fi', 'pemindai', 'rapat Teams', 'drive bersama', 'kalender', 'papan ketik'],
       array['Mengatur ulang', 'Memperbaiki', 'Menyiapkan', 'Menghubungkan ke', 'Memperbarui', 'Mengganti'],
       array['Buka pengaturan lalu pilih perangkat dari daftar.',
             'Jika lampu terus berkedip, tekan tombol daya selama sepuluh detik.',
             'Nyalakan ulang komputer setelah memasang pembaruan.',
             'Printer di lantai tiga menggunakan antrean bernama LANTAI3.',
             'Hubungi layanan bantuan bila pesan kesalahan menyebut lisensi.',
             'Sebagian besar masalah koneksi hilang setelah keluar dan masuk kembali.']),
('it', array['stampante', 'connessione VPN', 'password', 'account di posta', 'batteria del portatile',
             'secondo monitor', 'rete Wi-Fi', 'scanner', 'riunione Teams', 'unità condivisa', 'calendario',
             'tastiera'],
       array['Reimpostare la', 'Risolvere i problemi della', 'Configurare la', 'Collegarsi alla', 'Aggiornare la',
             'Sostituire la'],
       array['Apri le impostazioni e scegli il dispositivo dall''elenco.',
             'Se la spia continua a lampeggiare, tieni premuto il pulsante di accensione per dieci secondi.',
             'Riavvia il computer dopo aver installato gli aggiornamenti.',
             'Le stampanti del terzo piano usano la coda PIANO3.',
             'Chiedi al service desk se il messaggio di errore parla di una licenza.',
             'Quasi tutti i problemi di connessione spariscono dopo essere usciti e rientrati.']),
('fi', array['tulostin', 'VPN-yhteys', 'salasana', 'sähköpostitili', 'kannettavan akku', 'toinen näyttö',
             'Wi-Fi-verkko', 'skanneri', 'Teams-kokous', 'jaettu levy', 'kalenteri', 'näppäimistö'],
       array['Nollaa', 'Korjaa', 'Ota käyttöön', 'Yhdistä', 'Päivitä', 'Vaihda'],
       array['Avaa asetukset ja valitse laite luettelosta.',
             'Jos valo vilkkuu edelleen, pidä virtapainiketta pohjassa kymmenen sekuntia.',
             'Käynnistä tietokone uudelleen päivitysten asentamisen jälkeen.',
             'Kolmannen kerroksen tulostimet käyttävät jonoa KERROS3.',
             'Ota yhteyttä palvelupisteeseen, jos virheilmoitus mainitsee lisenssin.',
             'Useimmat yhteysongelmat katoavat, kun kirjaudut ulos ja takaisin sisään.']);

create temp table art_base as
select greatest((select coalesce(max(id), 0) from knowledge_article),
                (select last_value from knowledge_article_seq)) as article_base,
       greatest((select coalesce(max(id), 0) from knowledge_translation),
                (select last_value from knowledge_translation_seq)) as text_base;

create temp table art as
select a.article_base + g as id, g,
       (array['en', 'nl', 'id', 'it', 'fi'])[1 + (g % 5)] as original,
       (array['en', 'nl', 'id', 'it', 'fi'])[1 + ((g + 1 + (g / 5) % 4) % 5)] as second,
       random() as r_status, random() as r_vis, random() as r_views,
       now() - random() * interval '700 days' as created_at
from art_base a, generate_series(1, :articles) g;

insert into knowledge_article (id, original_language, category_id, visibility, status, author_id, author_name,
                               source_ticket, view_count, solved_count, tickets_solved, created_at, updated_at,
                               published_at, version)
select id, original, null, case when r_vis < 0.6 then 'PUBLIC' else 'INTERNAL' end,
       case when r_status < 0.8 then 'PUBLISHED' when r_status < 0.9 then 'DRAFT' else 'ARCHIVED' end,
       null, 'Bench Writer', null, (r_views * 500)::bigint, (r_views * 20)::bigint, (r_views * 30)::bigint,
       created_at, created_at, case when r_status < 0.8 then created_at end, 0
from art;

-- the original text of every article, and a second language for every second one
insert into knowledge_translation (id, article_id, language, title, body, updated_at)
select b.text_base + x.g * 2 + x.k, x.id, x.lang,
       p.actions[1 + (x.g % 6)] || ' ' || p.topics[1 + ((x.g / 6) % 12)] || ' (' || x.g || ')',
       '<h2>' || p.topics[1 + ((x.g / 6) % 12)] || '</h2><p>' || p.sentences[1 + (x.g % 6)] || ' '
         || p.sentences[1 + ((x.g + 1) % 6)] || '</p><ol><li>' || p.sentences[1 + ((x.g + 2) % 6)] || '</li><li>'
         || p.sentences[1 + ((x.g + 3) % 6)] || '</li></ol><p>' || p.sentences[1 + ((x.g + 4) % 6)] || ' '
         || p.topics[1 + ((x.g / 6 + 5) % 12)] || ', ' || p.topics[1 + ((x.g / 6 + 7) % 12)] || '.</p>',
       x.created_at
from (select id, g, original as lang, 0 as k, created_at from art
      union all
      select id, g, second, 1, created_at from art where g % 2 = 0) x
join phrases p on p.language = x.lang
cross join art_base b;

-- one ticket in 1,000 with a long conversation (~150 KB, near the 200 KB kept for search), so that
-- highlighting and loading of long texts show in the benchmark as they would in a real desk
update knowledge_ticket_doc set messages = left(repeat(messages || E'\n\n', 400), 150000)
where ticket_id % 1000 = 0 and length(messages) < 150000;

select setval('knowledge_article_seq', (select max(id) from knowledge_article) + 100);
select setval('knowledge_translation_seq', (select max(id) from knowledge_translation) + 100);
analyze ticket_message;
analyze knowledge_ticket_doc;
analyze knowledge_article;
analyze knowledge_translation;
select (select count(*) from ticket) as tickets, (select count(*) from ticket_message) as messages,
       (select count(*) from knowledge_ticket_doc) as ticket_docs, (select count(*) from knowledge_article) as articles,
       (select count(*) from knowledge_translation) as article_texts;
