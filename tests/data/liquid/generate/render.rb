# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
require "tmpdir"
require "json"
require "liquid"
require "jekyll"
cases = JSON.parse(File.read(ARGV[0]))
site = Jekyll::Site.new(Jekyll.configuration({"source" => Dir.mktmpdir, "destination" => Dir.mktmpdir, "quiet" => true, "url" => "https://example.org", "baseurl" => "/blog"}))
out = cases.map do |c|
  t = Liquid::Template.parse(c["template"])
  res = t.render(c["vars"], registers: {site: site}, strict_variables: false)
  c.merge("expected" => res, "errors" => t.errors.map(&:to_s))
end
puts JSON.pretty_generate(out)
