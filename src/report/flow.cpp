#include "flow.hpp"

#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace extramile::report {

namespace {

constexpr double kEpsilon = 1e-6;

// How much a cut between two pieces hurts. Pagination first looks for room
// between free cuts; only what is taller than a page is cut at the next
// level, then anywhere.
enum Cut : int {
    free_cut = 0,
    inside_kept_group = 1, // a group kept together
    inside_kept = 2,       // a block kept together, a heading and what follows, orphans and widows
};
constexpr int kFinestLevel = inside_kept;

// One piece of one block, in flow order.
struct Atom {
    int block = 0;
    int piece = 0;
    double height = 0;
    double space_before = 0; // the block's, on its first piece, unless at a page's top
    bool starts_group = false;
    int cut_after = free_cut;
    bool page_break_after = false;
};

} // namespace

int Flow::new_group(std::string title, bool keep_together) {
    group_titles_.push_back(std::move(title));
    group_kept_.push_back(keep_together);
    group_repeat_.push_back(-1);
    return static_cast<int>(group_titles_.size()) - 1;
}

void Flow::add(std::unique_ptr<Block> block, int group) {
    blocks_.push_back(std::move(block));
    groups_.push_back(group);
    break_before_.push_back(pending_break_);
    pending_break_ = false;
}

void Flow::page_break() { pending_break_ = !blocks_.empty(); }

void Flow::repeat_on_continuation(int group, int block) { group_repeat_.at(group) = block; }

std::vector<std::vector<Placement>> Flow::paginate(const PageFrame& frame) const {
    for (const auto& block : blocks_)
        block->measure(frame.setup.content_width());

    // The flow as pieces, with how much each cut hurts.
    std::vector<Atom> atoms;
    std::vector<bool> group_seen(group_titles_.size(), false);
    for (int b = 0; b < block_count(); ++b) {
        const auto& block = *blocks_[b];
        const int pieces = block.pieces();
        if (pieces == 0)
            continue;
        if (break_before_[b] && !atoms.empty())
            atoms.back().page_break_after = true;
        // The pieces the next block keeps with it count as widows of this one.
        const int tail = b + 1 < block_count() ? blocks_[b + 1]->keep_with_previous : 0;
        const int g = groups_[b];
        for (int k = 0; k < pieces; ++k) {
            Atom atom{b, k, block.piece_height(k), k == 0 ? block.space_before() : 0};
            if (k == 0 && g >= 0 && !group_seen[g])
                atom.starts_group = group_seen[g] = true;
            // The cut after piece k, inside the block.
            if (k + 1 < pieces && (block.keep_together || k + 1 < block.orphans ||
                                   pieces - (k + 1) < std::max(block.widows, tail)))
                atom.cut_after = inside_kept;
            atoms.push_back(atom);
        }
        // The cut after the block's last piece.
        if (b + 1 < block_count() && (block.keep_with_next || blocks_[b + 1]->keep_with_previous > 0))
            atoms.back().cut_after = inside_kept;
    }
    // Cuts inside a group kept together hurt too, unless they hurt more already.
    for (std::size_t a = 0; a + 1 < atoms.size(); ++a) {
        const int g = groups_[atoms[a].block];
        if (g >= 0 && group_kept_[g] && groups_[atoms[a + 1].block] == g)
            atoms[a].cut_after = std::max(atoms[a].cut_after, static_cast<int>(inside_kept_group));
    }

    std::vector<std::vector<Placement>> pages(1);
    std::map<int, int> group_first_page;
    const double bottom = frame.content_bottom();
    double y = frame.content_top(0);
    bool page_empty = true;

    auto page_index = [&] { return static_cast<int>(pages.size()) - 1; };
    // The block a group repeats at the top of a page it continues on, or -1.
    auto repeat_for = [&](std::size_t a, int page) {
        const int g = groups_[atoms[a].block];
        if (g < 0 || group_repeat_[g] < 0 || group_repeat_[g] == atoms[a].block)
            return -1;
        const auto first = group_first_page.find(g);
        return first != group_first_page.end() && first->second < page ? group_repeat_[g] : -1;
    };
    auto repeat_height = [&](std::size_t a, int page) {
        const int r = repeat_for(a, page);
        return r < 0 ? 0.0 : blocks_[r]->height() - blocks_[r]->space_before();
    };
    // Where atom `a` would start on the current page.
    auto start_y = [&](std::size_t a) { return page_empty ? y + repeat_height(a, page_index()) : y; };
    auto chunk_height = [&](std::size_t from, std::size_t to, bool at_top) {
        double h = 0;
        for (std::size_t a = from; a < to; ++a)
            h += atoms[a].height + (a == from && at_top ? 0 : atoms[a].space_before);
        return h;
    };
    // Whatever ends a page, room to write at its foot grows to fill it.
    auto new_page = [&] {
        auto& page = pages.back();
        if (!page.empty()) {
            auto& last = page.back();
            const auto& block = *blocks_[last.block];
            if (block.stretch && block.stretch_step() > 0) {
                last.grown = std::min(block.max_growth, static_cast<int>(std::floor(
                                                            (bottom - last.bottom) / block.stretch_step() + kEpsilon)));
                last.bottom += last.grown * block.stretch_step();
            }
        }
        pages.emplace_back();
        y = frame.content_top(page_index());
        page_empty = true;
    };
    auto put = [&](std::size_t a) {
        const auto& atom = atoms[a];
        auto& page = pages.back();
        if (page_empty) {
            if (const int r = repeat_for(a, page_index()); r >= 0) {
                const double h = blocks_[r]->height() - blocks_[r]->space_before();
                page.push_back({r, 0, blocks_[r]->pieces(), y, y + h, 0, true});
                y += h;
            }
        } else {
            y += atom.space_before;
        }
        if (!page.empty() && !page.back().repeated && page.back().block == atom.block &&
            page.back().last == atom.piece) {
            page.back().last = atom.piece + 1;
            page.back().bottom = y + atom.height;
        } else {
            page.push_back({atom.block, atom.piece, atom.piece + 1, y, y + atom.height});
        }
        y += atom.height;
        page_empty = false;
        const int g = groups_[atom.block];
        if (g >= 0 && !group_first_page.count(g))
            group_first_page[g] = page_index();
        if (atom.page_break_after)
            new_page();
    };
    // The end (exclusive) of the chunk that starts at `from`: up to a cut
    // that hurts no more than `level`, or a page break.
    auto chunk_end = [&](std::size_t from, std::size_t end, int level) {
        std::size_t to = from + 1;
        while (to < end && atoms[to - 1].cut_after > level && !atoms[to - 1].page_break_after)
            ++to;
        return to;
    };

    auto place = [&](auto&& self, std::size_t from, std::size_t end, int level) -> void {
        std::size_t a = from;
        while (a < end) {
            const double content_top = frame.content_top(page_index());
            const double last_fifth = content_top + Flow::kLastFifth * (bottom - content_top);
            if (atoms[a].starts_group && !page_empty && y + atoms[a].space_before > last_fifth) {
                new_page();
                continue;
            }
            const std::size_t to = chunk_end(a, end, level);
            if (start_y(a) + chunk_height(a, to, page_empty) <= bottom + kEpsilon) {
                for (std::size_t k = a; k < to; ++k)
                    put(k);
                a = to;
                continue;
            }
            const int next = page_index() + 1;
            const double room = bottom - frame.content_top(next) - repeat_height(a, next);
            if (!page_empty && chunk_height(a, to, true) <= room + kEpsilon) {
                new_page();
                continue;
            }
            // Taller than a page: cut where it hurts less.
            if (level < kFinestLevel) {
                self(self, a, to, level + 1);
                a = to;
                continue;
            }
            if (!page_empty) {
                new_page();
                continue;
            }
            put(a++); // one piece taller than a page: it runs past the foot
        }
    };
    place(place, 0, atoms.size(), free_cut);
    if (pages.size() > 1 && pages.back().empty())
        pages.pop_back();
    return pages;
}

FlowDocument::FlowDocument(PageDecor decor, PageSetup setup, Flow flow)
    : decor_(std::move(decor)), frame_{setup, decor_.header, kFooterHeight}, flow_(std::move(flow)) {
    pages_ = flow_.paginate(frame_);
}

PageInfo FlowDocument::page_info(int index) const {
    PageInfo info{index, page_count(), {}};
    // The page continues a group when the group has pieces on an earlier page.
    for (const auto& placed : pages_.at(index)) {
        if (placed.repeated)
            continue;
        info.first_block = placed.block;
        const int g = flow_.group_of(placed.block);
        if (g < 0)
            break;
        for (int p = 0; p < index && info.continued.empty(); ++p)
            for (const auto& earlier : pages_[p])
                if (flow_.group_of(earlier.block) == g) {
                    info.continued = flow_.group_title(g);
                    break;
                }
        break;
    }
    return info;
}

namespace {

// The mark across a page ("DRAFT"): large, pale, diagonal, under the text
// so that everything stays readable, and impossible to miss on a copy.
void draw_mark(cairo_t* cr, const std::string& mark, const PageSetup& setup) {
    auto* layout = pango_cairo_create_layout(cr);
    pango_cairo_context_set_resolution(pango_layout_get_context(layout), 72);
    pango_layout_context_changed(layout);
    auto* font = pango_font_description_from_string("DejaVu Sans Bold");
    pango_font_description_set_absolute_size(font, 96 * PANGO_SCALE);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    pango_layout_set_text(layout, mark.c_str(), -1);
    int w = 0, h = 0;
    pango_layout_get_size(layout, &w, &h);
    const double width = static_cast<double>(w) / PANGO_SCALE, height = static_cast<double>(h) / PANGO_SCALE;
    cairo_save(cr);
    cairo_translate(cr, setup.width / 2, setup.height / 2);
    cairo_rotate(cr, -std::atan2(setup.height, setup.width));
    // Long words in other languages ("BORRADOR") still fit across the page.
    const double diagonal = std::hypot(setup.width, setup.height) * 0.7;
    if (width > diagonal)
        cairo_scale(cr, diagonal / width, diagonal / width);
    cairo_set_source_rgb(cr, 0.96, 0.83, 0.81);
    cairo_move_to(cr, -width / 2, -height / 2);
    pango_cairo_show_layout(cr, layout);
    cairo_restore(cr);
    g_object_unref(layout);
}

} // namespace

void FlowDocument::draw_page(cairo_t* cr, int index) const {
    if (index < 0 || index >= page_count())
        return;
    const auto& setup = frame_.setup;
    cairo_save(cr);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_rectangle(cr, 0, 0, setup.width, setup.height);
    cairo_fill(cr);
    if (!decor_.mark.empty())
        draw_mark(cr, decor_.mark, setup);
    cairo_set_source_rgb(cr, 0, 0, 0);
    if (index > 0 && decor_.draw_header)
        decor_.draw_header(cr, page_info(index), setup.margin, setup.margin, setup.content_width());
    for (const auto& placed : pages_[index])
        flow_.block(placed.block).draw(cr, setup.margin, placed.y, placed.first, placed.last + placed.grown);

    // Footer: what this is on the left, where we are on the right.
    std::string page = decor_.page_label;
    if (auto at = page.find("%1"); at != std::string::npos)
        page.replace(at, 2, std::to_string(index + 1));
    if (auto at = page.find("%2"); at != std::string::npos)
        page.replace(at, 2, std::to_string(page_count()));
    TextStyle style;
    style.size = 8;
    style.colour = {0.35, 0.35, 0.38};
    // The mark is said in the footer too: a pale diagonal may not survive a photocopy.
    const auto left = decor_.mark.empty() ? decor_.footer : decor_.mark + " · " + decor_.footer;
    RowBlock footer({{left, style, false}, {page, style, true}}, {3, 1}, false, false);
    footer.measure(setup.content_width());
    const double y = setup.height - setup.margin - footer.height() + 6;
    cairo_set_source_rgb(cr, 0.75, 0.75, 0.78);
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, setup.margin, y - 2);
    cairo_line_to(cr, setup.width - setup.margin, y - 2);
    cairo_stroke(cr);
    footer.draw(cr, setup.margin, y, 0, footer.pieces());
    cairo_restore(cr);
}

} // namespace extramile::report
