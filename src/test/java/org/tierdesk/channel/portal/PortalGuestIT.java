package org.tierdesk.channel.portal;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tierdesk.support.H2ApplicationTest;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.Channel;
import org.tierdesk.ticket.MessageView;
import org.tierdesk.ticket.NewAttachment;
import org.tierdesk.ticket.OpenTicketCommand;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketProperties;
import org.tierdesk.ticket.TicketQuery;
import org.tierdesk.ticket.TicketView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A guest asks through the portal and follows the request by its private link.
 */
@H2ApplicationTest
@AutoConfigureMockMvc
class PortalGuestIT {

	static final Actor AGENT = Actor.agent(1L, "Agent", "a@example.com");

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TicketProperties properties;

	@LocalServerPort
	int port;

	@Test
	void shouldSubmitWithAttachmentAndFollowThePrivateLink() throws Exception {
		String email = uniqueEmail();
		MvcResult submitted = this.mvc
			.perform(multipart("/portal/new").file(file("log.txt", "line 1"))
				.file(new MockMultipartFile("attachments", "", "application/octet-stream", new byte[0]))
				.param("name", "Gina Guest")
				.param("email", email)
				.param("subject", "Printer jams")
				.param("description", "It jams on page two.")
				.with(csrf()))
			.andExpect(redirectedUrl("/portal/submitted"))
			.andReturn();
		String number = (String) submitted.getFlashMap().get("ticketNumber");
		String token = (String) submitted.getFlashMap().get("accessToken");
		this.mvc.perform(get("/portal/submitted").flashAttrs(submitted.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number)))
			.andExpect(content().string(containsString("/portal/t/" + token)));

		TicketView ticket = this.tickets.find(number).orElseThrow();
		assertThat(ticket.requester().email()).isEqualTo(email);
		assertThat(ticket.requester().userId()).isNull();
		assertThat(ticket.channel()).isEqualTo(Channel.WEB);
		MessageView request = this.tickets.messages(number, false).get(0);
		assertThat(request.attachments()).singleElement()
			.satisfies((a) -> assertThat(a.filename()).isEqualTo("log.txt"));
		String download = "/portal/t/" + token + "/attachments/" + request.attachments().get(0).id();

		this.mvc.perform(get("/portal/t/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number)))
			.andExpect(content().string(containsString("Printer jams")))
			.andExpect(content().string(containsString(download)));
		this.mvc.perform(get(download))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("log.txt")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes("line 1".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void shouldShowFormErrorAndCreateNoTicketWithoutSubject() throws Exception {
		String email = uniqueEmail();
		this.mvc
			.perform(multipart("/portal/new").param("name", "Gina Guest")
				.param("email", email)
				.param("subject", " ")
				.param("description", "Something is wrong.")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"subject-error\"")))
			.andExpect(content().string(containsString("This field is required.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(ticketsOf(email)).isEmpty();
	}

	@Test
	void shouldRefuseAnEmptyChosenFileWithAFormMessage() throws Exception {
		String email = uniqueEmail();
		this.mvc
			.perform(multipart("/portal/new")
				.file(new MockMultipartFile("attachments", "empty.txt", "text/plain", new byte[0]))
				.param("name", "Gina Guest")
				.param("email", email)
				.param("subject", "Empty file")
				.param("description", "See the file.")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"attachments-error\"")))
			.andExpect(content().string(containsString("The file empty.txt is empty.")));
		assertThat(ticketsOf(email)).isEmpty();
	}

	@Test
	void shouldShowInvalidEmailFromTheDeskOnTheField() throws Exception {
		this.mvc
			.perform(multipart("/portal/new").param("name", "Gina Guest")
				.param("email", "not-an-address")
				.param("subject", "Hello")
				.param("description", "Hi.")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"email-error\"")))
			.andExpect(content().string(containsString("Enter a valid e-mail address.")));
	}

	@Test
	void shouldAnswerNotFoundForAWrongToken() throws Exception {
		TicketView ticket = openAsGuest("Wrong token");
		long attachmentId = this.tickets.messages(ticket.number(), false).get(0).attachments().get(0).id();
		String wrong = "x" + ticket.accessToken().substring(1);
		this.mvc.perform(get("/portal/t/" + wrong)).andExpect(status().isNotFound());
		this.mvc.perform(get("/portal/t/" + wrong + "/attachments/" + attachmentId)).andExpect(status().isNotFound());
		TicketView other = openAsGuest("Someone else");
		this.mvc.perform(get("/portal/t/" + other.accessToken() + "/attachments/" + attachmentId))
			.andExpect(status().isNotFound());
	}

	@Test
	void shouldAddAGuestReply() throws Exception {
		TicketView ticket = openAsGuest("Reply please");
		this.mvc
			.perform(multipart("/portal/t/" + ticket.accessToken() + "/reply").file(file("more.txt", "more"))
				.param("body", "Here are more details.")
				.with(csrf()))
			.andExpect(redirectedUrl("/portal/t/" + ticket.accessToken()))
			.andExpect(flash().attribute("successKey", "portal.ticket.replySent"));
		List<MessageView> messages = this.tickets.messages(ticket.number(), false);
		assertThat(messages).hasSize(2);
		assertThat(messages.get(1).body()).isEqualTo("Here are more details.");
		assertThat(messages.get(1).authorEmail()).isEqualTo(ticket.requester().email());
		assertThat(messages.get(1).attachments()).hasSize(1);
	}

	@Test
	void shouldExplainThatAClosedTicketTakesNoReply() throws Exception {
		TicketView ticket = openAsGuest("Closing soon");
		this.tickets.resolve(ticket.number(), "Restarted the spooler.", null, AGENT, null);
		this.tickets.closeResolvedBefore(Instant.now().plusSeconds(60), 1000);
		String link = "/portal/t/" + ticket.accessToken();
		this.mvc.perform(multipart(link + "/reply").param("body", "Still broken").with(csrf()))
			.andExpect(redirectedUrl(link))
			.andExpect(flash().attribute("errorKey", "ticket.closed.noReply"));
		this.mvc.perform(get(link))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This request is closed")))
			.andExpect(content().string(containsString("Restarted the spooler.")))
			.andExpect(content().string(not(containsString("id=\"body\""))));
		assertThat(this.tickets.messages(ticket.number(), false)).hasSize(1);
	}

	@Test
	void shouldTurnAnOversizedUploadIntoAFriendlyMessage() throws Exception {
		String base = "http://localhost:" + this.port;
		HttpClient browser = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(base + "/portal/new")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher action = Pattern.compile("action=\"(/portal/new\\?_csrf=[^\"]+)\"").matcher(form.body());
		assertThat(action.find()).isTrue();
		String boundary = "----tierdesk" + UUID.randomUUID();
		byte[] tooLarge = new byte[(int) this.properties.maxAttachmentSize().toBytes() + 1];
		HttpRequest upload = HttpRequest.newBuilder(URI.create(base + action.group(1).replace("&amp;", "&")))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Referer", base + "/portal/new")
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(boundary, tooLarge)))
			.build();
		HttpResponse<String> answer = browser.send(upload, HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(303);
		assertThat(answer.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/portal/new"));
		HttpResponse<String> again = browser.send(HttpRequest.newBuilder(URI.create(base + "/portal/new")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("The upload is larger than this desk accepts.");
	}

	private static byte[] multipartBody(String boundary, byte[] file) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String fields = "";
		for (String[] field : List.of(new String[] { "name", "Gina Guest" }, new String[] { "email", uniqueEmail() },
				new String[] { "subject", "Huge file" }, new String[] { "description", "See the file." })) {
			fields += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
					+ field[1] + "\r\n";
		}
		body.writeBytes(fields.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachments\"; "
				+ "filename=\"huge.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	private TicketView openAsGuest(String subject) {
		String email = uniqueEmail();
		return this.tickets.open(
				new OpenTicketCommand(subject, "Please help.", email, "Gina Guest", null, Channel.WEB, null, null,
						List.of(new NewAttachment("log.txt", "text/plain", "line 1".getBytes()))),
				Actor.customer(null, "Gina Guest", email));
	}

	private List<TicketView> ticketsOf(String email) {
		return this.tickets
			.search(new TicketQuery(Set.of(), true, null, null, null, false, null, null, email, null, true, 0, 10))
			.items();
	}

	static MockMultipartFile file(String name, String text) {
		return new MockMultipartFile("attachments", name, "text/plain", text.getBytes(StandardCharsets.UTF_8));
	}

	static String uniqueEmail() {
		return "guest-" + UUID.randomUUID() + "@example.com";
	}

}
