package org.policylens.analysis.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headless Debian chromium driven over the DevTools protocol (JDK WebSocket + Jackson, no extra dependency):
 * one page, commands with {@link #send}, events collected for {@link #events}. Test support only.
 */
final class Chromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");
    /** Guards against a hung browser; not a timing assertion. */
    private static final long WAIT_SECONDS = 60;

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new ArrayList<>();

    private Chromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** The chromium executable on PATH (chromium, chromium-browser, google-chrome), if any. */
    static Optional<Path> find() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    static Chromium launch(Path executable, Path profile) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--window-size=1200,900",
                "--user-data-dir=" + profile.toAbsolutePath(), "--remote-debugging-port=0", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            String browserUrl = waitForDevTools(p);
            URI browser = URI.create(browserUrl);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(WAIT_SECONDS)).build();
            String list = http.send(HttpRequest.newBuilder(URI.create("http://" + browser.getAuthority() + "/json/list"))
                    .timeout(Duration.ofSeconds(WAIT_SECONDS)).build(), HttpResponse.BodyHandlers.ofString()).body();
            String pageUrl = null;
            for (JsonNode target : JSON.readTree(list)) {
                if (target.path("type").asText().equals("page")) {
                    pageUrl = target.path("webSocketDebuggerUrl").asText();
                    break;
                }
            }
            if (pageUrl == null) {
                throw new IOException("chromium offers no page target: " + list);
            }
            Listener listener = new Listener();
            WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(pageUrl), listener)
                    .get(WAIT_SECONDS, TimeUnit.SECONDS);
            Chromium c = new Chromium(p, ws);
            listener.owner = c;
            return c;
        } catch (IOException | InterruptedException | RuntimeException e) {
            p.destroyForcibly();
            throw e;
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IOException("cannot connect to chromium: " + e, e);
        }
    }

    private static String waitForDevTools(Process p) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = err.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (err.readLine() != null) {
                            // keep the pipe empty so chromium never blocks on stderr
                        }
                    } catch (IOException ignored) {
                        // the browser has gone
                    }
                }, "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
            seen.append(line).append('\n');
        }
        throw new IOException("chromium exited before opening DevTools:\n" + seen);
    }

    /** Sends a DevTools command and waits for its result (throws when the browser reports an error). */
    JsonNode send(String method, Map<String, ?> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", JSON.valueToTree(params));
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        pending.put(id, result);
        socket.sendText(JSON.writeValueAsString(msg), true).get(WAIT_SECONDS, TimeUnit.SECONDS);
        JsonNode reply = result.get(WAIT_SECONDS, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + ": " + reply.get("error"));
        }
        return reply.path("result");
    }

    JsonNode send(String method) throws Exception {
        return send(method, Map.of());
    }

    /** Evaluates a script expression in the page and returns its value (JSON-able values only). */
    JsonNode eval(String expression) throws Exception {
        JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Polls a script expression until it is {@code true} (e.g. the page says it is ready). */
    void awaitTrue(String expression) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!eval(expression).asBoolean(false)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("still false after " + WAIT_SECONDS + " s: " + expression);
            }
            Thread.sleep(50);
        }
    }

    List<JsonNode> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** A real mouse click (press and release) at page coordinates. */
    void click(double x, double y) throws Exception {
        send("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
        send("Input.dispatchMouseEvent", Map.of("type", "mousePressed", "x", x, "y", y, "button", "left", "clickCount", 1));
        send("Input.dispatchMouseEvent", Map.of("type", "mouseReleased", "x", x, "y", y, "button", "left", "clickCount", 1));
    }

    private void received(String text) {
        try {
            JsonNode msg = JSON.readTree(text);
            if (msg.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
                if (f != null) {
                    f.complete(msg);
                }
            } else {
                synchronized (events) {
                    events.add(msg);
                }
            }
        } catch (IOException e) {
            pending.values().forEach(f -> f.completeExceptionally(e));
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            send("Browser.close");
        } catch (Exception ignored) {
            // fall through to destroying the process
        }
        socket.abort();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private volatile Chromium owner;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                while (owner == null) {
                    Thread.onSpinWait();
                }
                owner.received(text);
            }
            webSocket.request(1);
            return null;
        }
    }
}
