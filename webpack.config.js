// Builds the add-in into dist/:
//   taskpane.html  the shared-runtime page (task pane + custom functions), loading functions.js then taskpane.js
//   functions.js   the =SLA.* functions (src/functions/functions.ts; the metadata plugin appends the
//                  CustomFunctions.associate calls, so they run as soon as the bundle loads, UI or not)
//   taskpane.js    the React task pane
//   functions.json         English metadata, generated from the JSDoc in functions.ts
//   functions.zh-cn.json   the same with Chinese descriptions (scripts/zh-cn-metadata.js)
//   manifest.xml, assets/  copied; with --env url=https://host/path/ every https://localhost:3000/ becomes that URL
//
//   npm run build                                         production, manifest keeps https://localhost:3000/
//   npm run build -- --env url=https://contoso.example/sla/   production for that host
//   npm run dev-server                                    https://localhost:3000 (http fallback: see devServerProtocol below)
const path = require("node:path");
const fs = require("node:fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { ZhCnMetadataPlugin } = require("./scripts/zh-cn-metadata.js");

const DEV_URL = "https://localhost:3000/";
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

/** The hosting URL from --env url=..., checked and normalised to end in "/". */
function hostingUrl(env) {
  if (env.url === undefined || env.url === true) return DEV_URL;
  let url;
  try {
    url = new URL(String(env.url));
  } catch {
    throw new Error(
      `--env url=${env.url} is not a URL (expected e.g. https://contoso.example/sla/)`,
    );
  }
  if (url.protocol !== "https:")
    throw new Error(
      `--env url=${env.url} must be https: Office only loads add-ins over https`,
    );
  if (url.search || url.hash)
    throw new Error(`--env url=${env.url} must not have a query or #fragment`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * https with office-addin-dev-certs when its CA can be installed and trusted (Windows, macOS, Linux with sudo).
 * Otherwise plain http, announced loudly: Excel will not load an add-in over http, but the pages can still be
 * opened in a browser. DEV_SERVER_HTTPS=force serves https with the generated (untrusted) certificates anyway,
 * for someone who trusts ~/.office-addin-dev-certs/ca.crt by hand; DEV_SERVER_HTTPS=off forces http.
 */
async function devServerProtocol() {
  const mode = (process.env.DEV_SERVER_HTTPS || "auto").toLowerCase();
  if (mode === "off") return { type: "http", why: "DEV_SERVER_HTTPS=off" };
  const devCerts = require("office-addin-dev-certs");
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options };
  } catch (err) {
    const why = String((err && err.message) || err).split("\n")[0];
    if (mode === "force") {
      const dir = path.join(
        require("node:os").homedir(),
        ".office-addin-dev-certs",
      );
      const read = (f) => fs.readFileSync(path.join(dir, f));
      try {
        return {
          type: "https",
          options: {
            ca: read("ca.crt"),
            cert: read("localhost.crt"),
            key: read("localhost.key"),
          },
          why,
        };
      } catch (readErr) {
        return {
          type: "http",
          why: `${why}; and no certificates to force with: ${readErr.message}`,
        };
      }
    }
    return { type: "http", why };
  }
}

function announce(protocol) {
  const line = "=".repeat(78);
  if (protocol.type === "https" && !protocol.why) {
    console.log(
      `\n[sla] Serving the add-in at https://localhost:${PORT}/ (office-addin-dev-certs)\n`,
    );
    return;
  }
  if (protocol.type === "https") {
    console.warn(
      `\n${line}\n[sla] HTTPS WITH UNTRUSTED CERTIFICATES (DEV_SERVER_HTTPS=force): ${protocol.why}\n` +
        `[sla] Trust ~/.office-addin-dev-certs/ca.crt in your browser, or Excel will refuse the add-in.\n${line}\n`,
    );
    return;
  }
  console.warn(
    `\n${line}\n[sla] FALLING BACK TO PLAIN HTTP: http://localhost:${PORT}/\n` +
      `[sla] Reason: the development certificates could not be installed (${protocol.why}).\n` +
      `[sla] Excel (desktop or web) only loads add-ins over https, so manifest.xml will NOT work against this\n` +
      `[sla] server; the pages can still be opened in a browser, e.g. http://localhost:${PORT}/taskpane.html\n` +
      `[sla] For https: run \`npx office-addin-dev-certs install\` as a user who can sudo, then restart;\n` +
      `[sla] or trust ~/.office-addin-dev-certs/ca.crt yourself and start with DEV_SERVER_HTTPS=force.\n${line}\n`,
  );
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const url = hostingUrl(env);

  const config = {
    mode: dev ? "development" : "production",
    devtool: "source-map",
    entry: {
      functions: FUNCTIONS_SOURCE,
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // Fixed names: the manifest points at functions.js and taskpane.html by name.
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Transpile only: custom-functions-metadata-plugin appends CustomFunctions.associate(...) lines to
            // functions.ts before this loader sees it, and tsconfig's "types" list may not declare that global.
            // Types are checked by `npm run typecheck` / `npm run lint` on the sources as written.
            options: { configFile: "tsconfig.json", transpileOnly: true },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: FUNCTIONS_SOURCE,
        output: "functions.json",
      }),
      new ZhCnMetadataPlugin({
        textsFile: "src/functions/functions.zh-cn.texts.json",
        source: "functions.json",
        output: "functions.zh-cn.json",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // functions first: the =SLA.* functions register before (and independently of) the UI.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        inject: "head",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return url === DEV_URL
                ? content
                : Buffer.from(
                    content.toString("utf8").split(DEV_URL).join(url),
                    "utf8",
                  );
            },
          },
        ],
      }),
    ],
    performance: {
      // Development bundles are unminified and carry the dev-server client; size only matters in production.
      hints: dev ? false : "warning",
      // React + Fluent UI v9 make a ~600 KB task pane bundle (about a quarter of that gzipped);
      // warn only well above that.
      maxAssetSize: 1024 * 1024,
      maxEntrypointSize: 1024 * 1024,
    },
  };

  if (env.WEBPACK_SERVE) {
    const protocol = await devServerProtocol();
    announce(protocol);
    config.devServer = {
      // Loopback only: the add-in is for this machine's Excel, not the network.
      host: "localhost",
      port: PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server:
        protocol.type === "https"
          ? { type: "https", options: protocol.options }
          : { type: "http" },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
    };
  }

  return config;
};
