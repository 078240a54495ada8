// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/cischedule.h"

namespace postwright {
namespace {

// How each generator builds into public/: GitHub Actions steps on
// ubuntu-latest, and a GitLab CI job's image and script.
struct Build
{
    QString githubSteps;
    QString gitlabJob;
};

Build buildFor(SiteKind kind)
{
    switch (kind) {
    case SiteKind::Hugo:
        return {QStringLiteral("      - uses: peaceiris/actions-hugo@v3\n"
                               "        with:\n"
                               "          hugo-version: \"0.111.3\"\n"
                               "          extended: true\n"
                               "      - run: hugo --minify --destination public\n"),
                QStringLiteral("  image: registry.gitlab.com/pages/hugo/hugo_extended:0.111.3\n"
                               "  script:\n"
                               "    - hugo --minify --destination public\n")};
    case SiteKind::Jekyll:
        return {QStringLiteral("      - uses: ruby/setup-ruby@v1\n"
                               "        with:\n"
                               "          ruby-version: \"3.2\"\n"
                               "          bundler-cache: true\n"
                               "      - run: bundle exec jekyll build --destination public\n"),
                QStringLiteral("  image: ruby:3.2\n"
                               "  script:\n"
                               "    - bundle install\n"
                               "    - bundle exec jekyll build --destination public\n")};
    case SiteKind::Zola:
        return {QStringLiteral("      - run: |\n"
                               "          curl -sL https://github.com/getzola/zola/releases/download/v0.19.2/"
                               "zola-v0.19.2-x86_64-unknown-linux-gnu.tar.gz | tar xz\n"
                               "          ./zola build --output-dir public\n"),
                QStringLiteral("  image:\n"
                               "    name: ghcr.io/getzola/zola:v0.19.2\n"
                               "    entrypoint: [\"\"]\n"
                               "  script:\n"
                               "    - zola build --output-dir public\n")};
    case SiteKind::Plain:
        break;
    }
    return {QStringLiteral("      - run: echo \"Build your site into public/ here\"\n"),
            QStringLiteral("  script:\n"
                           "    - echo \"Build your site into public/ here\"\n")};
}

} // namespace

QString ciScheduleFile(CiService service)
{
    return service == CiService::GitHub ? QStringLiteral(".github/workflows/publish-scheduled.yml") : QStringLiteral(".gitlab-ci.yml");
}

QString ciScheduleSnippet(CiService service, SiteKind kind)
{
    const Build build = buildFor(kind);
    if (service == CiService::GitHub) {
        return QStringLiteral("# .github/workflows/publish-scheduled.yml\n"
                              "# Builds the site every hour, so that a post dated in the future appears\n"
                              "# once its date has passed. Commit and push scheduled posts as usual.\n"
                              "# (Settings > Pages > Source: GitHub Actions.)\n"
                              "name: Publish scheduled posts\n"
                              "on:\n"
                              "  push:\n"
                              "    branches: [main]\n"
                              "  schedule:\n"
                              "    - cron: \"0 * * * *\"   # every hour (UTC)\n"
                              "  workflow_dispatch:\n"
                              "permissions:\n"
                              "  contents: read\n"
                              "  pages: write\n"
                              "  id-token: write\n"
                              "jobs:\n"
                              "  build:\n"
                              "    runs-on: ubuntu-latest\n"
                              "    steps:\n"
                              "      - uses: actions/checkout@v4\n")
               + build.githubSteps
               + QStringLiteral("      - uses: actions/upload-pages-artifact@v3\n"
                                "        with:\n"
                                "          path: public\n"
                                "  deploy:\n"
                                "    needs: build\n"
                                "    runs-on: ubuntu-latest\n"
                                "    environment:\n"
                                "      name: github-pages\n"
                                "    steps:\n"
                                "      - uses: actions/deploy-pages@v4\n");
    }
    return QStringLiteral("# .gitlab-ci.yml\n"
                          "# Add a pipeline schedule (Build > Pipeline schedules > New schedule,\n"
                          "# interval \"0 * * * *\"): the site is built every hour, so that a post dated\n"
                          "# in the future appears once its date has passed.\n"
                          "pages:\n")
           + build.gitlabJob
           + QStringLiteral("  artifacts:\n"
                            "    paths:\n"
                            "      - public\n"
                            "  rules:\n"
                            "    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n"
                            "    - if: $CI_PIPELINE_SOURCE == \"schedule\"\n");
}

} // namespace postwright
