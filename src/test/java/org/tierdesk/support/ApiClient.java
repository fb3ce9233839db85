package org.tierdesk.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for API tests against the running application.
 */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String baseUrl;

	private final String authorization;

	private ApiClient(String baseUrl, String authorization) {
		this.baseUrl = baseUrl;
		this.authorization = authorization;
	}

	public static ApiClient bearer(int port, String token) {
		return new ApiClient("http://localhost:" + port, "Bearer " + token);
	}

	public static ApiClient basic(int port, String user, String password) {
		return new ApiClient("http://localhost:" + port, "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	public static ApiClient anonymous(int port) {
		return new ApiClient("http://localhost:" + port, null);
	}

	public Response get(String path) {
		return send("GET", path, null, null);
	}

	public Response post(String path, String json) {
		return send("POST", path, json, null);
	}

	public Response patch(String path, String json, String ifMatch) {
		return send("PATCH", path, json, ifMatch);
	}

	/**
	 * Posts a multipart form with text fields and one file part named
	 * {@code attachments}.
	 */
	public Response postMultipart(String path, java.util.Map<String, String> fields, String filename, byte[] file) {
		return postMultipart(path, fields, "attachments", filename, file);
	}

	/** Posts a multipart form with text fields and one file part of the given name. */
	public Response postMultipart(String path, java.util.Map<String, String> fields, String part, String filename,
			byte[] file) {
		String boundary = "tierdesk-" + System.nanoTime();
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try {
			for (var field : fields.entrySet()) {
				out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
						+ "\"\r\n\r\n" + field.getValue() + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
			}
			if (filename != null) {
				out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
						+ filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
				out.write(file);
				out.write("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
			.header("Accept", "application/json")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary);
		if (this.authorization != null) {
			request.header("Authorization", this.authorization);
		}
		try {
			return new Response(this.http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Posts raw bytes with the given content type (a mail to the mail gateway, say). */
	public Response postRaw(String path, String contentType, byte[] body) {
		return sendRaw("POST", path, contentType, body);
	}

	/** Sends raw bytes with the given method and content type (a multipart PUT, say). */
	public Response sendRaw(String method, String path, String contentType, byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.method(method, HttpRequest.BodyPublishers.ofByteArray(body))
			.header("Accept", "application/json")
			.header("Content-Type", contentType);
		if (this.authorization != null) {
			request.header("Authorization", this.authorization);
		}
		try {
			return new Response(
					this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public Response send(String method, String path, String body, String ifMatch) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.header("Accept", "application/json");
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (this.authorization != null) {
			request.header("Authorization", this.authorization);
		}
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A response with its JSON body parsed when there is one. */
	public record Response(HttpResponse<String> raw) {

		public int status() {
			return this.raw.statusCode();
		}

		public String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}

		public String contentType() {
			return header("Content-Type");
		}

		public JsonNode json() {
			return JSON.readTree(this.raw.body());
		}

		public String body() {
			return this.raw.body();
		}

	}

}
