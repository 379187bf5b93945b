#pragma once

#include "result.h"

#include <QList>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace entre {

// Items made on a thread of their own and taken, in order, on the caller's: the maker runs at
// most `batches` batches of `batchSize` items ahead, so the two overlap while memory stays
// bounded however many items there are. An error the maker returns reaches the taker after the
// items made before it. Destroying the feed tells the maker the taker has gone and waits for it.
template <typename Item>
class BoundedFeed {
public:
    // What the maker hands its items to.
    class Out {
    public:
        // Queues an item; false once the taker has gone (the maker should then return).
        bool put(Item&& item)
        {
            m_filling.append(std::move(item));
            if (m_filling.size() < m_feed.m_batchSize)
                return true;
            return flush();
        }
        // False once the taker has gone: a maker with long work before its first item asks.
        bool wanted() const
        {
            std::lock_guard lock(m_feed.m_mutex);
            return !m_feed.m_stopped;
        }

    private:
        friend class BoundedFeed;
        explicit Out(BoundedFeed& feed)
            : m_feed(feed)
        {}
        bool flush()
        {
            const bool handed = m_feed.hand(std::move(m_filling));
            m_filling = QList<Item>();
            m_filling.reserve(m_feed.m_batchSize);
            return handed;
        }
        BoundedFeed& m_feed;
        QList<Item> m_filling;
    };
    using Maker = std::function<Result<void>(Out&)>;

    explicit BoundedFeed(Maker maker, qsizetype batchSize = 256, qsizetype batches = 8)
        : m_batchSize(batchSize)
        , m_batches(batches)
    {
        // Started once every member is there.
        m_thread = std::thread([this, maker = std::move(maker)] { make(maker); });
    }
    ~BoundedFeed()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    BoundedFeed(const BoundedFeed&) = delete;
    BoundedFeed& operator=(const BoundedFeed&) = delete;

    // The next item into `item`; false after the last, or the maker's error.
    Result<bool> next(Item& item)
    {
        if (m_taken >= m_taking.size()) {
            m_taken = 0;
            std::unique_lock lock(m_mutex);
            if (!m_taking.isEmpty())
                m_spent.push_back(std::move(m_taking));
            m_taking = QList<Item>();
            m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
            if (m_ready.empty())
                return m_failure ? Result<bool>(*m_failure) : Result<bool>(false);
            m_taking = std::move(m_ready.front());
            m_ready.pop_front();
            lock.unlock();
            m_changed.notify_all();
        }
        // The item taken before goes back with the batch, to be freed where it was made.
        std::swap(item, m_taking[m_taken++]);
        return true;
    }

private:
    void make(const Maker& maker)
    {
        Out out(*this);
        out.m_filling.reserve(m_batchSize);
        Result<void> made = maker(out);
        if (!out.m_filling.isEmpty())
            out.flush();
        {
            std::lock_guard lock(m_mutex);
            if (!made)
                m_failure = made.error();
            m_finished = true;
        }
        m_changed.notify_all();
    }

    // Waits for room, then queues a batch; false when the taker has gone. Batches the taker is
    // done with are freed here: memory freed on another thread than the one that allocated it
    // makes the two threads wait for each other in malloc.
    bool hand(QList<Item>&& batch)
    {
        std::deque<QList<Item>> spent;
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || qsizetype(m_ready.size()) < m_batches; });
        spent.swap(m_spent);
        if (m_stopped)
            return false;
        m_ready.push_back(std::move(batch));
        lock.unlock();
        m_changed.notify_all();
        return true;
    }

    const qsizetype m_batchSize;
    const qsizetype m_batches;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<Item>> m_ready; // made, not taken yet
    std::deque<QList<Item>> m_spent; // taken, to be freed by the maker
    std::optional<Error> m_failure;
    bool m_finished = false; // the maker has returned
    bool m_stopped = false;  // the taker has gone
    QList<Item> m_taking;    // the taker's batch
    qsizetype m_taken = 0;
    std::thread m_thread;
};

} // namespace entre
